/**
 * <h2>Q7 — Factorials on a thread pool (10 points)</h2>
 *
 * <p>Use a thread pool to calculate the factorials of 1 to 10 concurrently. Implement
 * {@link concurrency.q7.Factorials}.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (7 points)</b>: exact values (also beyond 20!, where {@code long} overflows),
 *       the map's keys and order, bad input, the printed table, a task that fails on purpose (its
 *       exception must reach the caller), and that every pool thread has ended a few seconds after
 *       {@code compute} returned or threw.</li>
 *   <li><b>Design (3 points)</b>, read from your compiled classes:
 *     <ol>
 *       <li>the tasks run on an {@link java.util.concurrent.ExecutorService}: no {@code new Thread},
 *           no parallel streams, no {@code CompletableFuture} on the common pool;</li>
 *       <li>the executor is shut down in a {@code finally} block, so that it is shut down on every
 *           path, also when something throws;</li>
 *       <li>the results are collected from the {@link java.util.concurrent.Future}s, so that a
 *           task's exception reaches the caller.</li>
 *     </ol>
 *   </li>
 * </ul>
 *
 * <p>Stuck? {@code hints/q7.md}, in the folder that holds {@code pom.xml}, has hints from gentle to
 * explicit: open them one at a time.
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q7} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q7;
