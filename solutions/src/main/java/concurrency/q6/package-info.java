/**
 * <h2>Q6 — Exceptions in concurrent programs (10 points)</h2>
 *
 * <p>Why must exceptions be handled in concurrent programs, and how? Implement
 * {@link concurrency.q6.SafeExecution}; {@link concurrency.q6.Outcome} is given.
 *
 * <h3>The answer (reference)</h3>
 *
 * <p><b>Why.</b> In a single-threaded program an exception unwinds the one stack there is and
 * reaches {@code main}: nobody can miss it. In a concurrent program the exception unwinds the
 * stack of the thread that threw it, and only that stack; the thread that started the work, and
 * waits for its result, is somewhere else. Unless something carries the exception across, it is
 * lost, and the damage is quiet:
 * <ul>
 *   <li>A task submitted to an {@link java.util.concurrent.ExecutorService} that throws does not
 *       crash anything: the pool catches the exception and stores it in the task's
 *       {@link java.util.concurrent.Future}. It is seen only if someone calls {@code get()},
 *       which throws an {@link java.util.concurrent.ExecutionException} whose
 *       {@code getCause()} is the task's exception. A future nobody reads loses it silently
 *       (and {@code execute()} instead of {@code submit()} hands it to the handler below).</li>
 *   <li>An exception that escapes {@code run()} of a plain {@link java.lang.Thread} kills that
 *       thread only. The JVM and every other thread carry on; the default handler prints a stack
 *       trace on {@code System.err}, and that is all. A result the thread was to produce never
 *       arrives, and a thread that waits for it may wait forever.</li>
 *   <li>State shared between threads can be left half-updated, and a lock taken before the
 *       exception stays held unless it is released: every other thread that needs it then blocks
 *       for ever (a {@code synchronized} block releases its monitor by itself; a
 *       {@link java.util.concurrent.locks.Lock} does not).</li>
 *   <li>A pool whose owner throws before shutting it down keeps its (non-daemon) threads alive,
 *       and with them the JVM.</li>
 * </ul>
 *
 * <p><b>How.</b> Carry every exception to a thread that can act on it, and clean up on every path:
 * <ul>
 *   <li>Collect every {@code Future} with {@code get()}; unwrap {@code ExecutionException} with
 *       {@code getCause()}, decide per task (here: an {@link concurrency.q6.Outcome.Failure}, so
 *       one failure neither hides nor cancels the others), and treat
 *       {@link java.lang.InterruptedException} as a request to stop, not as a failure to swallow.
 *       {@code CompletableFuture} offers the same with {@code handle}/{@code exceptionally}.</li>
 *   <li>Give threads you start yourself an
 *       {@link java.lang.Thread.UncaughtExceptionHandler} (per thread, or through a
 *       {@code ThreadFactory}) that records or reports what they died of, and {@code join()}
 *       them: the handler runs on the dying thread before {@code join()} returns.</li>
 *   <li>Release resources in {@code finally} (or try-with-resources):
 *       {@code lock(); try { ... } finally { unlock(); }}, and shut a pool down in a
 *       {@code finally}, so that an exception cannot leave a lock held or threads running.</li>
 *   <li>Retry a transient failure a bounded number of times with a pause in between, and when
 *       giving up throw the last failure with the earlier ones attached
 *       ({@code addSuppressed}), so that none of them is lost.</li>
 *   <li>Never swallow: an empty {@code catch}, or a failure turned into a {@code null} result,
 *       is how concurrent bugs become silent wrong answers.</li>
 * </ul>
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (8 points)</b>: unit tests of the four methods: results in task order,
 *       every failure kept with the task's own exception, the other tasks unaffected, every pool
 *       thread ended a few seconds after {@code runAll} returned or threw; the exact number of
 *       attempts, the pause between them and the suppressed failures; the exception a new thread
 *       died of; the lock released and the exception unchanged; bad arguments rejected with a
 *       message that names them.</li>
 *   <li><b>Design (2 points)</b>, read from your compiled classes:
 *     <ol>
 *       <li>every {@code lock()} is followed at once by {@code try { ... } finally { unlock(); }} on
 *           the same lock;</li>
 *       <li>every executor you create is shut down in a {@code finally} block.</li>
 *     </ol>
 *   </li>
 * </ul>
 *
 * <p>Run the tests of this question with {@code mvn -pl tests -am test -Dgroups=q6}.
 */
package concurrency.q6;
