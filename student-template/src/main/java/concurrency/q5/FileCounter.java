package concurrency.q5;

import java.nio.file.Path;

/**
 * Several processes share one counter that lives in a file; a
 * {@link java.nio.channels.FileChannel#lock() file lock} makes each increment exclusive.
 */
public final class FileCounter {
    private FileCounter() {
    }

    /**
     * Starts {@code processes} child JVMs that run {@link CounterChild} <em>all at once</em> (start
     * every one of them before you wait for any), each of which increments the counter in
     * {@code file} {@code times} times; waits for every child; returns the counter's final value.
     *
     * <p>The file holds the counter as a decimal number in text, such as {@code 800}; a file that
     * does not exist yet, or is empty, counts as 0. One increment reads the number, adds one and
     * writes it back, and another process must not read in between: hold the file lock
     * ({@code FileChannel.lock()}) from the read to the write. Java locks do not help here — each
     * JVM has its own.
     *
     * <p>To start a JVM with the same classes as this one, run
     * {@code <java.home>/bin/java -cp <java.class.path> concurrency.q5.CounterChild <file> <times>}
     * with {@link ProcessBuilder}; options such as {@code -XX:TieredStopAtLevel=1 -Xmx64m} make it
     * start faster. Drain or discard each child's output, and wait for every child before returning:
     * no process may outlive this call.
     *
     * @param file      the counter file
     * @param processes how many child JVMs to start, at least 1
     * @param times     how many increments each child makes, at least 0
     * @return the value in the file once every child has finished (the old value plus
     *         {@code processes * times})
     * @throws NullPointerException     if {@code file} is null (the message names {@code file})
     * @throws IllegalArgumentException if {@code processes} is less than 1 or {@code times} is
     *                                  negative (the message names the argument)
     */
    public static long incrementConcurrently(Path file, int processes, int times) {
        throw new UnsupportedOperationException("TODO Q5: FileCounter.incrementConcurrently — start the CounterChild JVMs at once, wait for all, read the file");
    }
}
