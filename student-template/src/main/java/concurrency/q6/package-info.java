/**
 * <h2>Q6 — Exceptions in concurrent programs (10 points)</h2>
 *
 * <p>Why must exceptions be handled in concurrent programs, and how? Answer the question in
 * writing, in the section <i>Your answer</i> below, then show your answer in code: implement
 * {@link concurrency.q6.SafeExecution}. {@link concurrency.q6.Outcome} is given: it holds what
 * became of one task.
 *
 * <h3>Your answer</h3>
 *
 * <p>Write it here, in this file, in place of the TODO line below: a few sentences, for your
 * instructor (the grader does not score the text).
 *
 * <p>TODO Q6: why must exceptions be handled in concurrent programs, and how?
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
 * <p>Stuck? {@code hints/q6.md}, in the folder that holds {@code pom.xml}, has hints from gentle to
 * explicit: open them one at a time.
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q6} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q6;
