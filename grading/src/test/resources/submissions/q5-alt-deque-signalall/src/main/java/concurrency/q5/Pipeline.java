package concurrency.q5;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public final class Pipeline {
    private static final Object END = new Object();

    private Pipeline() {
    }

    public static long produceAndConsume(int count, int queueCapacity) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("negative count: " + count);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity too small: " + queueCapacity);
        }
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>(queueCapacity);
        long[] total = new long[1];
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= count; i++) {
                    queue.put(i);
                }
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                long sum = 0;
                Object item;
                while ((item = queue.take()) != END) {
                    sum += (Integer) item;
                }
                total[0] = sum; // published by join()
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        return total[0];
    }
}
