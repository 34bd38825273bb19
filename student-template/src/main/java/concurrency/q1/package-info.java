/**
 * <h2>Q1 — Threads or processes? (10 points)</h2>
 *
 * <p>In which situations are threads preferable to processes, and when are processes the better
 * choice? In Java there is no global interpreter lock: the threads of one JVM run truly in parallel
 * and share one heap. Explore the difference with {@link concurrency.q1.Workloads}: the same
 * workloads run sequentially, on threads and in child JVMs; then state your answer as code in
 * {@link concurrency.q1.Workloads#recommend}, and in writing in the section <i>Your answer</i>
 * below.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>, by tests: the results and their order under every strategy
 *       (exact prime counts); that {@code THREADS} overlaps the waits of {@code ioBound}; that
 *       {@code PROCESSES} and {@code isolated} really start child JVMs (the tests watch for new
 *       {@code java} processes while your code runs); that a task calling {@code System.exit} does not
 *       end the tests' JVM; the recommendation for every profile; bad input; and that no thread or
 *       process you started is still running when a method returns.</li>
 * </ul>
 *
 * <h3>Your answer</h3>
 *
 * <p>Write it here, in this file, in place of the TODO line below: a few sentences, for your
 * instructor (the grader does not score the text).
 *
 * <p>TODO Q1: when would you use threads and when processes in Java, and why? What does a
 * process give you that a thread cannot, and what does it cost?
 *
 * <p>Stuck? {@code hints/q1.md}, in the folder that holds {@code pom.xml}, has hints from gentle to
 * explicit: open them one at a time.
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q1} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q1;
