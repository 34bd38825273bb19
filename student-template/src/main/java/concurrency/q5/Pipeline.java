package concurrency.q5;

/**
 * A producer thread and a consumer thread connected by a {@link java.util.concurrent.BlockingQueue}:
 * the threads share nothing but the queue.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Sums 1, 2, ..., {@code count} in two threads: a producer thread hands the numbers to a consumer
     * thread through a bounded {@link java.util.concurrent.BlockingQueue} of capacity
     * {@code queueCapacity}, and the consumer adds them up. The producer tells the consumer that
     * nothing more comes with a <em>poison pill</em>: a special value put into the queue after the
     * last number. Returns once both threads have ended.
     *
     * @param count         how many numbers to produce; 0 is allowed
     * @param queueCapacity the queue's capacity; the producer waits while the queue is full
     * @return the consumer's sum, 1 + 2 + ... + count
     * @throws IllegalArgumentException if {@code count} is negative or {@code queueCapacity} is less
     *                                  than 1 (the message names the argument)
     * @throws InterruptedException     if the calling thread is interrupted while it waits
     */
    public static long produceAndConsume(int count, int queueCapacity) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q5: Pipeline.produceAndConsume");
    }
}
