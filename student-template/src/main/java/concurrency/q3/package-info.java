/**
 * <h2>Q3 — Multiprocessing: start and join processes (10 points)</h2>
 *
 * <p>What is multiprocessing and why is it used? Start several child JVMs at once, wait for all of
 * them ("join" them), and collect what each printed and how it exited: implement
 * {@link concurrency.q3.Spawner} and {@link concurrency.q3.Greeter}. Answer the question in writing
 * in the section <i>Your answer</i> below.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>, by tests: {@code Greeter}'s exact line; that the children of
 *       {@code greetAll} are separate processes that run at the same time (the tests watch the processes
 *       your code starts) and each greets with its own pid, in order; that {@code run} passes the
 *       arguments, reports the exit status and both outputs, shows the stack trace of a child that threw,
 *       does not get stuck with a child that prints megabytes on stdout and stderr, and kills a child that
 *       overruns its timeout together with the process that child started; bad input; and that no process
 *       you started is still running when a method returns.</li>
 *   <li><b>Design (advice, 0 points)</b>, read from your compiled classes: {@code greetAll} and
 *       {@code run} start their children as processes ({@code ProcessBuilder}). It costs nothing, but
 *       when the correctness tests fail because no child process ran, it tells you so.</li>
 * </ul>
 *
 * <h3>Your answer</h3>
 *
 * <p>Write it here, in this file, in place of the TODO line below: a few sentences, for your
 * instructor (the grader does not score the text).
 *
 * <p>TODO Q3: what is multiprocessing, and why is it used? Why would a Java program start
 * processes, given that its threads already run in parallel?
 *
 * <p>Stuck? {@code hints/q3.md}, in the folder that holds {@code pom.xml}, has hints from gentle to
 * explicit: open them one at a time.
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q3} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q3;
