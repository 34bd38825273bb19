package concurrency.q5;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

public final class BoundedBuffer<T> {
    private final Lock lock = new ReentrantLock();
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;

    public BoundedBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public void put(T item) throws InterruptedException {
        Objects.requireNonNull(item, "item must not be null");
        while (true) {
            lock.lock();
            try {
                if (items.size() < capacity) {
                    items.addLast(item);
                    return;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
    }

    public T take() throws InterruptedException {
        while (true) {
            lock.lock();
            try {
                if (!items.isEmpty()) {
                    return items.removeFirst();
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
    }

    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }
}
