package concurrency.q5;

import java.util.List;

/**
 * Squares numbers in another process: a child JVM that this JVM talks to over the child's
 * standard input and standard output (two pipes).
 */
public final class PipeSquares {
    private PipeSquares() {
    }

    /**
     * Squares every number in <em>one</em> child JVM that runs {@link SquareChild}: this JVM sends
     * the numbers on the child's standard input and reads the squares from its standard output.
     * <ul>
     *   <li>The squaring happens in the child, not in this JVM: the tests watch which processes your
     *       code starts.</li>
     *   <li>Any length of list works, without getting stuck: the tests send 60 001 numbers.</li>
     *   <li>Once this method returns, the child has ended, and so has every thread this method
     *       started.</li>
     * </ul>
     *
     * @param numbers the numbers; neither the list nor any number may be null
     * @return the squares, as {@code long}s (the square of a large int does not fit in an int), in
     *         the order of {@code numbers}
     * @throws NullPointerException if {@code numbers} or one of its elements is null (for the list,
     *                              the message names {@code numbers})
     */
    public static List<Long> squaresInChild(List<Integer> numbers) {
        throw new UnsupportedOperationException("TODO Q5: PipeSquares.squaresInChild");
    }
}
