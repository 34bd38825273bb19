package concurrency.q4;

/**
 * The scenario of the question: one thread adds numbers to a {@link NumberList} while another
 * thread removes them.
 */
public final class AddRemoveDemo {

    private AddRemoveDemo() {
    }

    /**
     * Starts two threads on one shared {@link NumberList} and returns only once both have ended:
     * <ul>
     *   <li>the <b>adder</b> adds {@code count} pseudo-random numbers between 1 and 100 (inclusive),
     *       drawn from {@code new java.util.Random(seed)}, so that the same seed gives the same
     *       numbers;</li>
     *   <li>the <b>remover</b> removes {@code count} numbers. It may start before the adder has
     *       added anything: when the list is empty it waits for the next number instead of giving
     *       up. {@code NumberList} has no remove that waits without a time limit; the remover may
     *       give up on a number that has not come after a generous wait (many seconds: the adder
     *       must have died), which is a failure of the demo (below).</li>
     * </ul>
     * Both threads record what they did; the result also holds what was left in the list.
     *
     * <p>Interrupts and failures:
     * <ul>
     *   <li>If the thread that called {@code run} is interrupted while it waits for the two threads,
     *       {@code run} still waits until both have ended and returns their full result; it then
     *       leaves the caller's interrupt status set, so that the interrupt is not lost.</li>
     *   <li>If one of the two threads fails (it throws, it is interrupted, or the remover gives up
     *       waiting), {@code run} throws an {@link IllegalStateException} whose cause is that
     *       thread's exception, once both threads have ended.</li>
     * </ul>
     *
     * @param count how many numbers to add and to remove; 0 is allowed
     * @param seed  the seed of the random numbers
     * @return what was added, what was removed (both in order) and what remained
     * @throws IllegalArgumentException if {@code count} is negative (the message names {@code count})
     * @throws IllegalStateException    if the adder or the remover failed, as described above
     */
    public static AddRemoveResult run(int count, long seed) {
        throw new UnsupportedOperationException("TODO Q4: AddRemoveDemo.run");
    }
}
