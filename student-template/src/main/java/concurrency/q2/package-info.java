/**
 * <h2>Q2 — A process pool (15 points)</h2>
 *
 * <p>What is a process pool, and how does it manage many processes efficiently? Build one:
 * {@link concurrency.q2.ProcessPool} keeps a fixed set of worker JVMs ({@link concurrency.q2.Worker}),
 * started once and reused for many {@link concurrency.q2.Task}s; tasks wait in a queue while every
 * worker is busy. The Javadoc of {@code ProcessPool} states everything it must do. Answer the
 * question in writing in the section <i>Your answer</i> below.
 *
 * <p>Starting a JVM costs far more than starting a thread. Start the workers lean, for example
 * with {@code -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xmx64m}, and measure what one
 * costs on your machine.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (13 points)</b>: the workers are live child processes of the pool's JVM, with
 *       pids of their own; 100 tasks on a pool of 3 run in those 3 workers; {@code map} keeps the
 *       argument order; a task's exception comes back with its class name and message (also an
 *       exception that is not serializable); a task that calls {@code System.exit} or
 *       {@code Runtime.halt} fails and its worker is replaced; a task waits while every worker is
 *       busy; {@code close} finishes the queued tasks and leaves no worker running, is idempotent, and
 *       {@code submit} afterwards is rejected; a task whose argument is a JDK type no task needs is
 *       refused before it runs; the workers of a JVM that dies exit by themselves; and bad input. No
 *       thread and no process may be left running after a test.</li>
 *   <li><b>Design (2 points)</b>, read from your compiled classes:
 *     <ol>
 *       <li>{@code ProcessPool} starts its workers as processes ({@link java.lang.ProcessBuilder#start()});</li>
 *       <li>the tasks run in the workers: {@code Worker.main} calls {@code Task.apply}, and no code that
 *           {@code ProcessPool} can reach (lambdas included) ever does.</li>
 *     </ol>
 *   </li>
 * </ul>
 *
 * <h3>Your answer</h3>
 *
 * <p>Write it here, in this file, in place of the TODO line below: a few sentences, for your
 * instructor (the grader does not score the text).
 *
 * <p>TODO Q2: what is a process pool, and how does it manage many processes efficiently?
 *
 * <p>Stuck? {@code hints/q2.md}, in the folder that holds {@code pom.xml}, has hints from gentle to
 * explicit: open them one at a time.
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q2} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q2;
