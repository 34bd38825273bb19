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
 * task would it take before a bigger pool pays off?
 *
 * <h3>What is graded</h3>
 * <ul>
 *   <li><b>Correctness (10 points)</b>: the squares are right and in order for several ranges (also
 *       where a square no longer fits in an {@code int}) and pool sizes; they are computed in the
 *       worker JVMs of one {@code ProcessPool} of the given size; bad input; {@code measure} returns one
 *       verified {@code Timing} per pool size in the given order, and its elapsed time covers the whole
 *       life of the pool (start, map, close); {@code main} prints the table. No process and no thread
 *       may be left running. The grader runs your Q8 against the reference {@code ProcessPool}, so a
 *       mistake in your Q2 does not cost you points here.</li>
 * </ul>
 *
 * <p>Run the tests of this question with {@code mvn -pl tests -am test -Dgroups=q8}.
 *
 * <h3>What the table shows (reference)</h3>
 *
 * <p>A typical run here (2 cores, otherwise idle): 2 workers about 0.3 s, 4 workers about 0.45 s,
 * 8 workers about 0.8 s. The ten squares take microseconds; each worker JVM costs about a fifth of a
 * second of processor time to start, so the time grows with the pool size, roughly by the start-up
 * cost per worker divided by the number of cores. A bigger pool only pays when the work per task is large
 * against that start-up cost (hundreds of milliseconds of processor time per task here) or the pool is
 * reused for many tasks; where exactly that crossover lies is for a benchmark with heavier tasks.
 */
package concurrency.q8;
