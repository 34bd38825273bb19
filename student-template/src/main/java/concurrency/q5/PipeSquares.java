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
     * Starts <em>one</em> child JVM that runs {@link SquareChild}, sends it every number (say, one
     * per line) on its standard input, closes that input to say "no more", reads one square per
     * number from its standard output, waits for the child to exit and returns the squares.
     *
     * <p>Things to get right:
     * <ul>
     *   <li>The squaring happens in the child, not in this JVM (the tests watch which processes
     *       your code starts). To start a JVM with the same classes as this one, run
     *       {@code <java.home>/bin/java -cp <java.class.path> concurrency.q5.SquareChild} with
     *       {@link ProcessBuilder}; options such as {@code -XX:TieredStopAtLevel=1 -Xmx64m} make
     *       it start faster.</li>
     *   <li>A pipe holds only a few kilobytes. If you write every number before you read any
     *       answer, a long list fills both pipes and both processes wait for each other forever:
     *       write and read at the same time (for example, write from a second thread).</li>
     *   <li>Read (drain) the child's standard error too, or discard it, and wait for the child
     *       ({@code waitFor}) before returning: no process may outlive this call.</li>
     * </ul>
     *
     * @param numbers the numbers; neither the list nor any number may be null
     * @return the squares, as {@code long}s (the square of a large int does not fit in an int), in
     *         the order of {@code numbers}
     * @throws NullPointerException if {@code numbers} or one of its elements is null (for the list,
     *                              the message names {@code numbers})
     */
    public static List<Long> squaresInChild(List<Integer> numbers) {
        throw new UnsupportedOperationException("TODO Q5: PipeSquares.squaresInChild — start a SquareChild JVM, write the numbers to its stdin, read the squares from its stdout");
    }
}
