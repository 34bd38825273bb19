package concurrency.q5;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public final class BoundedBuffer<T> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition spaceAvailable;
    private final Condition itemAvailable;
    private final Deque<T> items = new ArrayDeque<>();
    private final int capacity;

    public BoundedBuffer(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.spaceAvailable = lock.newCondition();
        this.itemAvailable = lock.newCondition();
    }

    public void put(T item) throws InterruptedException {
        if (item == null) {
            throw new NullPointerException("item is null");
        }
        lock.lockInterruptibly();
        try {
            while (items.size() >= capacity) {
                spaceAvailable.await();
            }
            items.offerLast(item);
            itemAvailable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public T take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                itemAvailable.await();
            }
            T item = items.pollFirst();
            spaceAvailable.signalAll();
            return item;
        } finally {
            lock.unlock();
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
