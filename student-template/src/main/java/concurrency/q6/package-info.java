/**
 * <h2>Q6 — Exceptions in concurrent programs (10 points)</h2>
 *
 * <p>Why must exceptions be handled in concurrent programs, and how? An exception unwinds only the
 * stack of the thread that threw it. Find out where it goes when that thread is a pool thread, or a
 * thread you started yourself, and what it leaves behind (a lock still held, a pool still running).
 * Answer the question in writing (below, in this file; the grader does not mark the text), then
 * show the answer in code: implement
 * {@link concurrency.q6.SafeExecution}. {@link concurrency.q6.Outcome} is given: it holds what became
 * of one task.
 *
 * <h3>Your answer</h3>
 *
 * <p>TODO Q6: why must exceptions be handled in concurrent programs, and how?
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (8 points)</b>: unit tests of the four methods: results in task order, every
 *       failure kept with the task's own exception, the other tasks unaffected, no pool thread left
 *       running; the exact number of attempts, the pause between them and the suppressed
 *       failures; the exception a new thread died of; the lock released and the exception
 *       unchanged; bad arguments rejected with a message that names them.</li>
 *   <li><b>Design (2 points)</b>, read from your compiled classes:
 *     <ol>
 *       <li>every {@code lock()} is followed at once by {@code try { ... } finally { unlock(); }} on
 *           the same lock;</li>
 *       <li>every executor you create is shut down in a {@code finally} block.</li>
 *     </ol>
 *   </li>
 * </ul>
 *
 * <p>Run the tests of this question with {@code mvn -Ptemplate -pl tests -am test -Dgroups=q6}.
 */
package concurrency.q6;
