/**
 * <h2>Q3 — Multiprocessing: start and join processes (10 points)</h2>
 *
 * <p>What is multiprocessing and why is it used? Start several child JVMs at once, wait for all of
 * them, and collect what each printed and how it exited: implement {@link concurrency.q3.Spawner}
 * and {@link concurrency.q3.Greeter}.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>: the children of {@code greetAll} run at the same time, each
 *       greets with its own pid; {@code run} reports a child's exit status and output, survives a child
 *       that prints megabytes, and kills a child that overruns together with the processes it started;
 *       bad input; no process left running.</li>
 * </ul>
 *
 * <h3>The written answer (instructor notes)</h3>
 * <p><b>Multiprocessing</b> is running a program as several operating-system processes at once, each
 * with its own address space, that cooperate only through explicit channels: arguments, pipes
 * (stdin/stdout/stderr), files, sockets, exit statuses. "Start and join" is the basic pattern: the parent
 * starts every child first so they run concurrently, then waits for each (the join) and collects its
 * result. Starting one and waiting for it before the next is sequential work with extra cost.
 *
 * <p><b>Why</b>: isolation (a child that crashes, calls {@code System.exit}, leaks or runs away is
 * contained and can be killed, which a thread cannot be), fault tolerance (restart a failed worker),
 * running other programs or other JDKs, separate heaps and limits, and — in runtimes with a global
 * interpreter lock such as CPython — parallelism for CPU-bound code.
 *
 * <p><b>The Java view</b>: the JVM has no GIL, so parallelism alone is a reason for threads, not
 * processes; Java uses processes for isolation and for running other programs. The API is
 * {@link java.lang.ProcessBuilder} (start), {@link java.lang.Process} ({@code waitFor} is the join,
 * {@code exitValue}, the three streams) and {@link java.lang.ProcessHandle} (pid, {@code info()},
 * {@code descendants()}, {@code destroyForcibly()}). Two traps: a child writes into a pipe of limited
 * size (64 KiB on Linux), so the parent must drain stdout and stderr <em>while</em> the child runs
 * (a reader thread per stream, or redirect them to files) or both wait for each other forever; and
 * killing a process does not kill the processes it started, so a timeout must kill the descendants too.
 */
package concurrency.q3;
