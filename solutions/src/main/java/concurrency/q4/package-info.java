/**
 * <h2>Q4 — One thread adds, another removes: a list guarded by a lock (20 points)</h2>
 *
 * <p>One thread adds numbers to a list while another thread removes numbers from it. Without
 * care the two threads race: a number can be lost, handed out twice, or the list's internal
 * structure can break. Your job is to make {@link concurrency.q4.NumberList} safe with a
 * {@link java.util.concurrent.locks.Lock}, then use it in {@link concurrency.q4.AddRemoveDemo}.
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (8 points)</b>: unit tests of every method, including several threads
 *       adding and removing at once.</li>
 *   <li><b>Stress (8 points)</b>: jcstress runs pairs of operations (add and add, add and remove,
 *       remove and remove, add and snapshot, ...) millions of times and looks for results that no
 *       correct list can produce. These race tests run only once {@code NumberList} works when one
 *       thread calls it ({@code new NumberList()}, then {@code add}, {@code size},
 *       {@code snapshot}, {@code tryRemove} and {@code removeWithin}); until then they are reported
 *       as not run, and earn no points.</li>
 *   <li><b>Design (4 points)</b>: rules read from your compiled classes:
 *     <ol>
 *       <li>all state of {@code NumberList} is guarded by one lock, held in a {@code private final}
 *           field of type {@code Lock} (for example a {@code ReentrantLock}) — never a lock created
 *           inside a method, and no {@code synchronized} anywhere in this question;</li>
 *       <li>every public method of {@code NumberList} takes that lock;</li>
 *       <li>every {@code lock()} is immediately followed by {@code try { ... } finally { unlock(); }}
 *           on the same lock;</li>
 *       <li>waiting uses a {@link java.util.concurrent.locks.Condition} made from that lock — no
 *           {@code Thread.sleep} polling and no spinning.</li>
 *     </ol>
 *   </li>
 * </ul>
 *
 * <p>Run the tests of this question with {@code mvn -pl tests -am test -Dgroups=q4}
 * from the project root, or grade your work with the grader (see the README).
 */
package concurrency.q4;
