/**
 * <h2>Q8 — Pool size versus time (10 points)</h2>
 *
 * <p>Compute the squares of 1 to 10 on a process pool (your {@link concurrency.q2.ProcessPool} from
 * Q2) and measure the time with pools of 2, 4 and 8 processes. Implement
 * {@link concurrency.q8.SquareTiming}; {@link concurrency.q8.Timing} is given.
 *
 * <p>When you read your table, ask what each pool spends its time on. Ten squares take
 * microseconds; starting a worker JVM takes a good part of a second of processor time. Which of the two
 * grows with the pool size, and what does that predict about 2, 4 and 8 workers? How much work per
 * task would it take before a bigger pool pays off? Write what you find in the section
 * <i>Your answer</i> below.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>: the squares are right and in order for several ranges (also
 *       where a square no longer fits in an {@code int}) and pool sizes; they are computed in the
 *       worker JVMs of one {@code ProcessPool} of the given size; bad input; {@code measure} returns one
 *       verified {@code Timing} per pool size in the given order, and its elapsed time covers the whole
 *       life of the pool (start, map, close); {@code main} prints the table. No process and no thread
 *       may be left running. Your instructor's grader runs your Q8 against a working {@code ProcessPool},
 *       so a mistake in your Q2 does not cost you points here; the preview runs it on your own.</li>
 *   <li><b>Design (advice, 0 points)</b>, read from your compiled classes: {@code squares} and
 *       {@code measure} create a {@code ProcessPool} and hand it the work. It costs nothing, but when
 *       the correctness tests fail because no worker process ran, it tells you so.</li>
 * </ul>
 *
 * <h3>Your answer</h3>
 *
 * <p>Write it here, in this file, in place of the TODO line below: a few sentences, for your
 * instructor (the grader does not score the text).
 *
 * <p>TODO Q8: what does your table show, and why? When would a bigger pool pay off?
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q8} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q8;
