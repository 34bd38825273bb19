package concurrency.q8;

import java.util.List;

/** The squares of a range of numbers, computed on a process pool, timed for several pool sizes. */
public final class SquareTiming {

    private SquareTiming() {
    }

    /**
     * Computes the squares of {@code from} to {@code to} (both included) on a new
     * {@link concurrency.q2.ProcessPool} of {@code poolSize} workers, one task per number, and closes the
     * pool before returning.
     *
     * @param from     the first number
     * @param to       the last number, at least {@code from}
     * @param poolSize the number of worker JVMs, at least 1
     * @return the squares, in the order of the numbers; as {@code long}s, since the square of an
     *         {@code int} can overflow an {@code int}
     * @throws IllegalArgumentException if {@code to < from} or {@code poolSize < 1} (the message names the argument)
     */
    public static List<Long> squares(int from, int to, int poolSize) {
        throw new UnsupportedOperationException("TODO Q8: SquareTiming.squares");
    }

    /**
     * Times {@link #squares} once per pool size, in the given order. Each {@code elapsed} covers starting
     * the pool, the map and closing the pool, so that the start-up cost is visible. The results are
     * checked before they are returned.
     *
     * @return one {@link Timing} per pool size, in the order of {@code poolSizes}
     * @throws IllegalStateException if a pool computed a wrong result
     */
    public static List<Timing> measure(int from, int to, List<Integer> poolSizes) {
        throw new UnsupportedOperationException("TODO Q8: SquareTiming.measure");
    }

    /**
     * Prints the table for the squares of 1 to 10 on pools of 2, 4 and 8 workers. A header is allowed;
     * then one line per pool size, in that order, holding the pool size, the results as a
     * {@code List} prints them, and the elapsed time in whole milliseconds followed by {@code ms},
     * separated by spaces, for example:
     * <pre>
     *         2  [1, 4, 9, 16, 25, 36, 49, 64, 81, 100]  812 ms
     * </pre>
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("TODO Q8: SquareTiming.main");
    }
}
