package concurrency.q5;

/**
 * The program that {@link FileCounter} runs in each child JVM: {@code CounterChild <file> <times>}
 * increments the counter in {@code file} {@code times} times, guarded by
 * {@link java.nio.channels.FileChannel#lock() FileChannel.lock()} so that no increment of another
 * process gets lost.
 */
final class CounterChild {
    private CounterChild() {
    }

    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException("TODO Q5: CounterChild.main");
    }
}
