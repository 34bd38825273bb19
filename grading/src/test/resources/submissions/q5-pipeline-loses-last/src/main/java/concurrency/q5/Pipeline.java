package concurrency.q5;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** A producer thread and a consumer thread connected by a {@link BlockingQueue}. */
public final class Pipeline {
    /** Tells the consumer that nothing follows; the producer only ever sends 1..count. */
    private static final int POISON_PILL = 0;

    private Pipeline() {
    }

    public static long produceAndConsume(int count, int queueCapacity) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1, was " + queueCapacity);
        }
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(queueCapacity);
        AtomicLong sum = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i < count; i++) {
                    queue.put(i);
                }
                queue.put(POISON_PILL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pipeline-producer");
        Thread consumer = new Thread(() -> {
            try {
                for (int item = queue.take(); item != POISON_PILL; item = queue.take()) {
                    sum.addAndGet(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pipeline-consumer");
        Thread.UncaughtExceptionHandler recordFailure = (thread, error) -> failure.compareAndSet(null, error);
        producer.setUncaughtExceptionHandler(recordFailure);
        consumer.setUncaughtExceptionHandler(recordFailure);

        producer.start();
        consumer.start();
        try {
            producer.join();
            consumer.join();
        } catch (InterruptedException e) {
            // Our caller gave up: stop both threads and wait for them, so that none outlives this call.
            producer.interrupt();
            consumer.interrupt();
            producer.join();
            consumer.join();
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a pipeline thread failed", failure.get());
        }
        return sum.get();
    }
}
