/**
 * <h2>Q2 — A process pool (15 points)</h2>
 *
 * <p>What is a process pool, and how does it manage many processes efficiently? Build one:
 * {@link concurrency.q2.ProcessPool} keeps a fixed set of worker JVMs ({@link concurrency.q2.Worker}),
 * started once and reused for many {@link concurrency.q2.Task}s; tasks wait in a queue while every
 * worker is busy. The Javadoc of {@code ProcessPool} states everything it must do.
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
 * <p>Run the tests of this question with {@code mvn -pl tests -am test -Dgroups=q2}.
 *
 * <h3>Answer to the question (reference)</h3>
 *
 * <p><b>What a process pool is.</b> A fixed set of long-lived worker processes and a queue of tasks.
 * A caller submits a task and gets a future; whichever worker is idle takes the next task, runs it
 * and sends back its result or its failure. The workers are started once and reused, and the pool
 * supervises them: it replaces one that dies, stops them all when it closes, and a worker whose
 * pool dies exits too.
 *
 * <p><b>How it manages many processes efficiently.</b> (1) It pays the start-up of a process once
 * per worker instead of once per task. (2) It bounds how many processes exist: about one per core
 * for processor-bound work, since more only adds memory and context switches; extra tasks wait in
 * the queue instead of becoming extra processes. (3) Idle workers block on their input pipe and cost
 * no processor time. (4) A task that crashes takes down one worker, which is replaced; the other
 * workers and the caller carry on. (5) Many small tasks share a round trip: {@code map} sends its
 * arguments in batches, about four per worker, as Python's {@code Pool.map} does with its
 * chunksize. Here one dispatcher thread per worker sends a task, or a batch, as a length-prefixed
 * serialized frame over the worker's stdin and waits for the reply on its stdout; a task's prints
 * go to the worker's stderr, which the pool drains.
 *
 * <p><b>The Java view.</b> A worker JVM is expensive. On this 2-core machine, otherwise idle, one
 * started with {@code -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx64m
 * -XX:-UsePerfData -XX:CICompilerCount=1} took about 90 ms to be ready (an empty JVM takes about
 * 85 ms here), and the first call to deserialize and serialize loads the object streams and the
 * filter, about 20 ms more. So the pool starts its first worker alone, lets it load that before it
 * says it is ready, and only then starts the others, which take tasks as each gets ready: a pool of 4
 * returned its first result after about 200 ms, against about 330 ms when all four JVMs start at
 * once and share the two cores. A fresh JVM also pays for what a warm one never notices. A record is
 * deserialized through method handles that it must first generate, and a class without a declared
 * {@code serialVersionUID} (an array's class too) gets one from a SHA digest, for which the JVM loads its
 * security providers. The messages are therefore plain classes that declare it, the numbers of a
 * batch travel as raw bytes instead of as an array, and a worker watches for its
 * pool's death only once it has said it is ready: a worker then took about 115 ms instead of 140 to
 * be ready, with 150 ms of processor time instead of 180, and a pool of 4 returned its first result
 * after about 170 ms instead of 200 (side by side, three runs each). Without
 * {@code -XX:TieredStopAtLevel=1} start-up was no faster and the workers' throughput was lower (their
 * C2 compilations compete for the cores); a dynamic CDS archive of the JDK classes saved nothing
 * measurable before (an application CDS archive cannot hold classes from directories, which is where
 * the grader and the tests put them). The workers get the pool's whole class path because tasks'
 * classes live there; a JVM opens class-path jars only when it looks for a class, so a long one costs
 * little. A thread costs well under a millisecond.
 *
 * <p>Every task and result is also copied through serialization, whereas threads share memory. One
 * round trip per tiny task capped {@code map} at about 10 000 tasks a second; batches made the round
 * trips negligible, but Java serialization still spent some 400 ns of processor time per boxed
 * number (each is an object with a class reference), about 3 million squares a second on a started
 * pool of 4. So a batch of Integers, Longs or Doubles travels as one run of primitives, and {@code map}
 * reached some 17 to 20 million squares a second, more than CPython's {@code Pool.map} (about
 * 6 million here, with fork or spawn). {@code scripts/benchmarks} measures all of it against a
 * thread pool and CPython ({@code benchmarks/RESULTS.md}).
 *
 * <p>Since Java threads run in parallel on every core (there is no global interpreter lock), a
 * process pool does not buy speed; it buys isolation: a task cannot corrupt the pool's heap, can call
 * {@code System.exit} or crash the VM, leak memory or run away, and can then be killed, which is
 * impossible for a thread since {@code Thread.stop} is gone. It pays when that isolation matters
 * (untrusted or crash-prone code, native libraries, a heap or flags of its own) and when the pool
 * lives long enough, or the tasks are big enough, that start-up and serialization are small against
 * the work. For ten squares (Q8) they are not: start-up is all one measures.
 */
package concurrency.q2;
