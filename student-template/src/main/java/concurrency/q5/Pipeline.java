package concurrency.q5;

/**
 * A producer thread and a consumer thread connected by a {@link java.util.concurrent.BlockingQueue}:
 * the threads share nothing but the queue.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Starts a producer thread that puts 1, 2, ..., {@code count} into a bounded
     * {@link java.util.concurrent.BlockingQueue} of capacity {@code queueCapacity}, followed by a
     * <em>poison pill</em> (a special value that means "nothing more comes"), and a consumer thread
     * that takes numbers and adds them up until it takes the poison pill. Waits for (joins) both
     * threads before it returns.
     *
     * @param count         how many numbers to produce; 0 is allowed
     * @param queueCapacity the queue's capacity; the producer waits while the queue is full
     * @return the consumer's sum, 1 + 2 + ... + count
     * @throws IllegalArgumentException if {@code count} is negative or {@code queueCapacity} is less
     *                                  than 1 (the message names the argument)
     * @throws InterruptedException     if the calling thread is interrupted while it waits
     */
    public static long produceAndConsume(int count, int queueCapacity) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q5: Pipeline.produceAndConsume — producer and consumer threads around a BlockingQueue, ended by a poison pill");
    }
}
