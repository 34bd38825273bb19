package concurrency.q5;

/**
 * The program that {@link PipeSquares} runs in its child JVM: it reads numbers from standard input
 * until the input ends, and writes the square of each number to standard output, in order.
 * Remember to flush what you write.
 */
final class SquareChild {
    private SquareChild() {
    }

    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException("TODO Q5: SquareChild.main — read numbers from System.in, write their squares to System.out");
    }
}
