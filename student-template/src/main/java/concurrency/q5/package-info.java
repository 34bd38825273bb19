/**
 * <h2>Q5 — Sharing data safely between threads and between processes (15 points)</h2>
 *
 * <p>Which tools exist for safely sharing data between threads, and between processes? Build one
 * small component per tool:
 * <ul>
 *   <li>{@link concurrency.q5.BoundedBuffer} — a lock with two conditions;</li>
 *   <li>{@link concurrency.q5.AtomicCounter} — an atomic variable;</li>
 *   <li>{@link concurrency.q5.Throttle} — a semaphore;</li>
 *   <li>{@link concurrency.q5.Pipeline} — a blocking queue between a producer and a consumer thread;</li>
 *   <li>{@link concurrency.q5.PipeSquares} — pipes between this JVM and a child JVM;</li>
 *   <li>{@link concurrency.q5.FileCounter} — a file shared by several JVMs, guarded by a file lock.</li>
 * </ul>
 * Then answer the question in writing, in the section <i>Your answer</i> below.
 *
 * <p><b>Child JVMs.</b> To start a JVM with the same classes as this one, run
 * {@code <java.home>/bin/java -cp <java.class.path> <main class> <arguments>} with
 * {@link java.lang.ProcessBuilder} (both values are system properties); options such as
 * {@code -XX:TieredStopAtLevel=1 -Xmx64m} make it start faster.
 *
 * <h3>Your answer</h3>
 *
 * <p>Write it here, in this file, in place of the TODO line below: a few sentences, for your
 * instructor (the grader does not score the text).
 *
 * <p>TODO Q5: which tools are there for sharing data safely between threads, which between
 * processes, and why can a Java lock not protect data that two processes share?
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>: unit tests of every class, including many threads at once,
 *       threads that must wait (they must really block, not spin), and child JVMs that must really
 *       be started, run at the same time where asked, and be waited for.</li>
 *   <li><b>Stress (3 points)</b>: jcstress runs {@code put} against {@code take} on a full and on an
 *       empty buffer, two producers against two consumers, and two increments against each other,
 *       many thousands of times, and looks for results (or hangs) that no correct code produces.
 *       The race tests of a class run only once it works when one thread calls it
 *       ({@code new BoundedBuffer<>(1)}, then {@code put} and {@code take}; {@code new AtomicCounter()},
 *       then {@code incrementAndGet} and {@code get}); until then they are reported as not run, and
 *       earn no points.</li>
 *   <li><b>Design (2 points)</b>: rules read from your compiled classes:
 *     <ol>
 *       <li>{@code BoundedBuffer} keeps one {@code Lock} in a {@code private final} field and two
 *           {@code Condition}s made from it, and every {@code lock()} is followed at once by
 *           {@code try { ... } finally { unlock(); }};</li>
 *       <li>{@code BoundedBuffer} waits on those Conditions inside {@code while} loops, and never
 *           sleeps, yields or spins;</li>
 *       <li>{@code AtomicCounter} is built on {@code java.util.concurrent.atomic}: no
 *           {@code synchronized}, no lock, no {@code volatile} field changed with {@code ++}.</li>
 *     </ol>
 *   </li>
 * </ul>
 *
 * <p>Stuck? {@code hints/q5.md}, in the folder that holds {@code pom.xml}, has hints from gentle to
 * explicit: open them one at a time.
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q5} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Then hunt races with
 * {@code mvn test -Pstress -Dgroups=q5}: it runs the same tests, then the race tests (jcstress),
 * in a minute or two. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q5;
