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
     * Starts {@code processes} child JVMs that run {@link CounterChild}, each of which increments the
     * counter in {@code file} {@code times} times; returns the counter's final value once every
     * child has ended.
     * <ul>
     *   <li>The children run at the same time, not one after another: the tests check that several
     *       are alive at once.</li>
     *   <li>The file holds the counter as a decimal number in text, such as {@code 800}; a file that
     *       does not exist yet, or is empty, counts as 0.</li>
     *   <li>No increment is lost, however the children interleave: the final value is exactly the
     *       old value plus {@code processes * times}.</li>
     *   <li>Once this method returns, every child has ended.</li>
     * </ul>
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
        throw new UnsupportedOperationException("TODO Q5: FileCounter.incrementConcurrently");
    }
}
