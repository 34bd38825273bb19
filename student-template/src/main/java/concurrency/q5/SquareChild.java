package concurrency.q5;

/**
 * The program that {@link PipeSquares} runs in its child JVM: it reads numbers from standard input
 * until the input ends, and writes the square of each number to standard output, in order. How
 * the numbers are written on the pipes (one per line, say) is yours to choose.
 */
final class SquareChild {
    private SquareChild() {
    }

    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException("TODO Q5: SquareChild.main");
    }
}
