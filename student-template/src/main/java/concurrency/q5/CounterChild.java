package concurrency.q5;

/**
 * The program that {@link FileCounter} runs in each child JVM: {@code CounterChild <file> <times>}
 * increments the number in {@code file} {@code times} times, each time under an exclusive
 * {@link java.nio.channels.FileChannel#lock() file lock} held from the read to the write.
 */
final class CounterChild {
    private CounterChild() {
    }

    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException("TODO Q5: CounterChild.main — increment the number in the file, under FileChannel.lock(), the given number of times");
    }
}
