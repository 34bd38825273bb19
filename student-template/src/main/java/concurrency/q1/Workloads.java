package concurrency.q1;

import java.time.Duration;
import java.util.List;

/**
 * The same workloads run {@linkplain Strategy#SEQUENTIAL sequentially}, on {@linkplain Strategy#THREADS
 * threads} and in {@linkplain Strategy#PROCESSES child JVMs}, so that you can see what each costs and
 * what each protects you from.
 *
 * <p><b>Child JVMs.</b> Where a method runs work in other processes, start child JVMs with
 * {@link ProcessBuilder}: the {@code java} program of this JVM ({@code System.getProperty("java.home")}
 * + {@code /bin/java}), {@code -cp} with this JVM's class path ({@code System.getProperty("java.class.path")}),
 * the name of a class with a {@code main} method, and its arguments. You may add such a class to this
 * package (it need not be public). Small flags such as
 * {@code -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1} make a child start faster.
 *
 * <p>Every method returns only once all the threads and processes it started have ended.
 */
public final class Workloads {
    private Workloads() {
    }

    /**
     * Simulated I/O: {@code tasks} tasks, task i waits {@code latency} (with {@link Thread#sleep}) and then
     * returns its index i.
     * <ul>
     *   <li>{@code SEQUENTIAL}: the tasks run one after another on the calling thread, so this takes at
     *       least {@code tasks × latency}.</li>
     *   <li>{@code THREADS}: the tasks run on several threads at once, so that their waits overlap and the
     *       whole takes far less than {@code tasks × latency}.</li>
     *   <li>{@code PROCESSES}: each task waits in a child JVM.</li>
     * </ul>
     *
     * @param strategy how to run the tasks, not null
     * @param tasks    how many tasks, at least 0
     * @param latency  how long each task waits, not null, not negative
     * @return the indices 0, 1, ..., tasks − 1 in task order (not in the order the tasks finished)
     * @throws NullPointerException     if {@code strategy} or {@code latency} is null (the message names it)
     * @throws IllegalArgumentException if {@code tasks} or {@code latency} is negative (the message names it)
     */
    public static List<Integer> ioBound(Strategy strategy, int tasks, Duration latency) {
        throw new UnsupportedOperationException("TODO Q1: Workloads.ioBound");
    }

    /**
     * CPU-bound work: for each n in {@code inputs}, count the prime numbers p with p ≤ n (for example 4 for
     * n = 10: 2, 3, 5, 7; 0 for n = 0 and n = 1). Every strategy gives the same results.
     * <ul>
     *   <li>{@code SEQUENTIAL}: on the calling thread.</li>
     *   <li>{@code THREADS}: on several threads of this JVM at once.</li>
     *   <li>{@code PROCESSES}: the counting really happens in child JVMs (one per input, or a few that
     *       share the inputs).</li>
     * </ul>
     *
     * @param strategy how to run the work, not null
     * @param inputs   the numbers, not null, none of them null or negative; may be empty
     * @return the count for each input, in the order of {@code inputs} (an input that appears twice has two
     *         counts)
     * @throws NullPointerException     if {@code strategy} or {@code inputs} is null (the message names it)
     * @throws IllegalArgumentException if an input is negative (the message names {@code inputs})
     */
    public static List<Long> cpuBound(Strategy strategy, List<Integer> inputs) {
        throw new UnsupportedOperationException("TODO Q1: Workloads.cpuBound");
    }

    /**
     * Tasks that crash their own process: for each status, start a child JVM that ends itself with
     * {@code System.exit(status)}, and observe the status it exited with. This JVM, the caller's, must
     * survive every one of them.
     *
     * @param exitStatuses the status each task exits with, each between 0 and 255; not null
     * @return the exit status observed for each task, in the order of {@code exitStatuses}
     * @throws NullPointerException if {@code exitStatuses} is null (the message names it)
     */
    public static List<Integer> isolated(List<Integer> exitStatuses) {
        throw new UnsupportedOperationException("TODO Q1: Workloads.isolated");
    }

    /**
     * Your answer to the question, as code: which strategy fits a workload with this profile, threads or
     * processes? Think about what each one costs in Java, and what only one of them can protect you from.
     * (The answer is never {@code SEQUENTIAL}.)
     *
     * @param profile what the workload is like, not null
     * @return {@code THREADS} or {@code PROCESSES}
     * @throws NullPointerException if {@code profile} is null (the message names it)
     */
    public static Strategy recommend(WorkloadProfile profile) {
        throw new UnsupportedOperationException("TODO Q1: Workloads.recommend");
    }
}
