/**
 * <h2>Q1 — Threads or processes? (10 points)</h2>
 *
 * <p>In which situations are threads preferable to processes, and when are processes the better
 * choice? In Java there is no global interpreter lock: the threads of one JVM run truly in parallel
 * and share one heap. Answer in code with {@link concurrency.q1.Workloads}: the same workloads run
 * {@link concurrency.q1.Strategy#SEQUENTIAL sequentially}, on {@link concurrency.q1.Strategy#THREADS
 * threads} and in {@link concurrency.q1.Strategy#PROCESSES child JVMs}, and
 * {@link concurrency.q1.Workloads#recommend} states the answer.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>: results and their order under every strategy, that the
 *       threads really overlap their waits, that {@code PROCESSES} and {@code isolated} really run in
 *       other processes and survive {@code System.exit}, the recommendation for every profile, bad
 *       input, and that no thread or process is left running.</li>
 * </ul>
 *
 * <h3>The written answer (instructor notes)</h3>
 * <p><b>Threads</b> are the default in Java. The JVM has no global interpreter lock: the threads of
 * one JVM run truly in parallel on every core and share one heap, so handing data to a thread is
 * passing a reference, and starting one costs microseconds. Threads therefore win for I/O-bound work
 * (the waits overlap; one thread per blocked task, or virtual threads on JDK 21+) <em>and</em> for
 * CPU-bound work (a pool sized to the cores). The price of sharing is that shared mutable state must
 * be synchronised (Q4, Q5).
 *
 * <p><b>Processes</b> buy isolation, which threads cannot give: a crash, {@code System.exit}, an
 * {@code OutOfMemoryError}, a leak of memory, threads or file handles, a runaway loop (which no thread
 * can stop: only killing a process does) all stay inside the child and end with it; the caller only
 * observes an exit status. A process can also be given its own heap size, class path, JDK version or
 * operating-system limits, and be sandboxed or run untrusted code (this grader runs each submission in
 * child JVMs for exactly that reason).
 *
 * <p><b>A process costs</b> a JVM start-up (tens to hundreds of milliseconds, class loading and a cold
 * JIT), its own heap (tens of megabytes), and every exchange of data is copied and serialised through a
 * pipe, file or socket instead of shared. So: needs isolation → processes; otherwise threads, whether
 * the work is I/O- or CPU-bound. (In CPython, with its GIL, CPU-bound work is the other classic reason
 * for processes; in Java it is not.)
 */
package concurrency.q1;
