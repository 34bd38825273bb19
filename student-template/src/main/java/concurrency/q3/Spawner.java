package concurrency.q3;

import java.time.Duration;
import java.util.List;

/**
 * Starts child JVMs, lets them run at the same time, waits for them and collects how each ended.
 *
 * <p><b>Starting a child JVM.</b> Use {@link ProcessBuilder} with the {@code java} program of this JVM
 * ({@code System.getProperty("java.home")} + {@code /bin/java}), {@code -cp} with this JVM's class path
 * ({@code System.getProperty("java.class.path")}), the name of the main class, and its arguments. Small
 * flags such as {@code -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} make a child start faster.
 *
 * <p><b>Its output.</b> Both of a child's output streams are read while it runs, so that a child that
 * prints megabytes on stdout and on stderr never gets stuck.
 *
 * <p>Every method returns only once all the processes (and threads) it started have ended.
 */
public final class Spawner {
    private Spawner() {
    }

    /**
     * Starts {@code n} child JVMs at once, child i running {@link Greeter} with the name {@code "Process i"};
     * then waits for all of them. The children run at the same time, not one after another.
     *
     * @param n how many children, at least 0
     * @return one result per child, in order i = 0, ..., n − 1
     * @throws IllegalArgumentException if {@code n} is negative (the message names {@code n})
     */
    public static List<ChildResult> greetAll(int n) {
        throw new UnsupportedOperationException("TODO Q3: Spawner.greetAll");
    }

    /**
     * Starts a child JVM running {@code mainClass} (a class on this JVM's class path) with {@code args}, and
     * waits up to {@code timeout} for it to end.
     * <ul>
     *   <li>A child that ends in time: its exit status and all it printed. A child whose {@code main} threw
     *       ends with a non-zero status and its stack trace on stderr.</li>
     *   <li>A child that is still running at the timeout is killed, together with every process it started
     *       itself (its descendants); its result has a non-zero status and what it printed until then.</li>
     * </ul>
     *
     * @param mainClass the class whose {@code main} the child runs, not null
     * @param timeout   how long to wait, positive, not null
     * @param args      the arguments of {@code main}, each passed unchanged (spaces and empty ones included)
     * @return how the child ended
     * @throws NullPointerException     if an argument is null (the message names it)
     * @throws IllegalArgumentException if {@code timeout} is zero or negative (the message names it)
     */
    public static ChildResult run(Class<?> mainClass, Duration timeout, String... args) {
        throw new UnsupportedOperationException("TODO Q3: Spawner.run");
    }
}
