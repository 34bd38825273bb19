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
 * <p>Stuck? {@code hints/q4.md}, in the folder that holds {@code pom.xml}, has hints from gentle to
 * explicit: open them one at a time.
 *
 * <p>Run the tests of this question with {@code mvn test -Dgroups=q4} in the folder that holds
 * {@code pom.xml}; they tell you what went wrong and where to look. Then hunt races with
 * {@code mvn test -Pstress -Dgroups=q4}: it runs the same tests, then the race tests (jcstress),
 * in a minute or two. Preview your grade with
 * {@code java -jar tools/grade-preview.jar . --no-sandbox} (README.md says what it shows and what
 * it leaves out); it grades every question in about 1 to 2 minutes on a 2-core machine, a
 * question you have not started in much less.
 */
package concurrency.q4;
