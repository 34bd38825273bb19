package concurrency.q4;

/**
 * The scenario of the question: one thread adds numbers to a {@link NumberList} while another
 * thread removes them.
 */
public final class AddRemoveDemo {

    private AddRemoveDemo() {
    }

    /**
     * Starts two threads on one shared {@link NumberList} and waits for both to finish
     * ({@link Thread#join()}):
     * <ul>
     *   <li>the <b>adder</b> adds {@code count} pseudo-random numbers between 1 and 100 (inclusive),
     *       drawn from {@code new java.util.Random(seed)}, so that the same seed gives the same
     *       numbers;</li>
     *   <li>the <b>remover</b> removes {@code count} numbers. It may start before the adder has
     *       added anything: when the list is empty it waits for the next number instead of giving
     *       up.</li>
     * </ul>
     * Both threads record what they did; the result also holds what was left in the list.
     *
     * @param count how many numbers to add and to remove; 0 is allowed
     * @param seed  the seed of the random numbers
     * @return what was added, what was removed (both in order) and what remained
     * @throws IllegalArgumentException if {@code count} is negative (the message names {@code count})
     */
    public static AddRemoveResult run(int count, long seed) {
        throw new UnsupportedOperationException("TODO Q4: AddRemoveDemo.run — start an adder and a remover thread, join both");
    }
}
