/**
 * <h2>Q5 — Sharing data safely between threads and between processes (15 points)</h2>
 *
 * <p>Which tools exist for safely sharing data between threads and between processes? One small
 * component per tool: {@link concurrency.q5.BoundedBuffer}, {@link concurrency.q5.AtomicCounter},
 * {@link concurrency.q5.Throttle}, {@link concurrency.q5.Pipeline},
 * {@link concurrency.q5.PipeSquares} and {@link concurrency.q5.FileCounter}.
 *
 * <h3>The written answer</h3>
 *
 * <p><b>Between threads</b> the heap is shared, so the danger is two threads touching the same
 * object at once (a lost update, a torn structure) or one thread never seeing another's write.
 * Java's tools, from low level to high level:
 * <ul>
 *   <li><b>Locks</b> ({@code synchronized}, {@link java.util.concurrent.locks.ReentrantLock}):
 *       mutual exclusion plus visibility; with {@link java.util.concurrent.locks.Condition}s a
 *       thread can wait for a state ("not full", "not empty") without spinning —
 *       {@code BoundedBuffer}. Always wait in a loop: a wake-up is only a hint.</li>
 *   <li><b>Atomic variables</b> ({@code java.util.concurrent.atomic}): one variable updated in a
 *       single compare-and-set step, no lock — {@code AtomicCounter}. {@code volatile} alone gives
 *       visibility, not atomicity: {@code count++} on a volatile still loses updates.</li>
 *   <li><b>Semaphores</b>: limit how many threads use a resource at once — {@code Throttle};
 *       release in {@code finally}, or a failing action leaks its permit.</li>
 *   <li><b>Concurrent collections and blocking queues</b>: hand data from thread to thread so that
 *       nothing is shared by two threads at the same time — {@code Pipeline}, with a poison pill to
 *       say "no more". Also {@code ConcurrentHashMap}, {@code CountDownLatch}, {@code CyclicBarrier},
 *       {@code Exchanger}, and immutable objects, which need no guarding at all.</li>
 * </ul>
 *
 * <p><b>Between processes</b> nothing is shared: every JVM has its own heap, and Java locks,
 * atomics and queues stop at its edge. Data has to be copied across the boundary, and exclusion
 * has to come from the operating system:
 * <ul>
 *   <li><b>Pipes</b> (a child's stdin/stdout via {@link java.lang.ProcessBuilder}): a byte stream
 *       between parent and child — {@code PipeSquares}. Both ends must keep reading, or a full pipe
 *       blocks the writer forever.</li>
 *   <li><b>Files with file locks</b> ({@link java.nio.channels.FileChannel#lock()}): the operating
 *       system makes every read-modify-write exclusive across processes — {@code FileCounter}.
 *       (A file lock is held by the whole JVM: it does not exclude threads of one process.)</li>
 *   <li>Also: sockets (TCP, or Unix-domain sockets since JDK 16), memory-mapped files
 *       ({@link java.nio.MappedByteBuffer}, shared memory with no locking of its own), databases and
 *       message brokers; data crosses as bytes, so it needs a format (text lines, serialization,
 *       JSON).</li>
 * </ul>
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>: unit tests of every class, with many threads at once, and
 *       child JVMs that are really started, run at the same time and are waited for.</li>
 *   <li><b>Stress (3 points)</b>: jcstress runs put against take on a full and on an empty buffer,
 *       two producers against two consumers, and increment against increment.</li>
 *   <li><b>Design (2 points)</b>: {@code BoundedBuffer} uses one {@code Lock} in a
 *       {@code private final} field, two {@code Condition}s made from it, waits on them in loops
 *       (no sleeping, no spinning) and unlocks in {@code finally}; {@code AtomicCounter} is built on
 *       {@code java.util.concurrent.atomic} (no {@code synchronized}, no lock, no {@code volatile}
 *       field updated with {@code ++}).</li>
 * </ul>
 *
 * <p>Run the tests of this question with {@code mvn -pl tests -am test -Dgroups=q5}.
 */
package concurrency.q5;
