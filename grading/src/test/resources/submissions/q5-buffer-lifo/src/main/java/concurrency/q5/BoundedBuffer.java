package concurrency.q5;

import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A first-in first-out buffer of at most {@code capacity} items: {@link #put} waits while it is
 * full, {@link #take} waits while it is empty. One lock guards the state; producers wait on
 * {@code notFull} and consumers on {@code notEmpty}, so each signal wakes a thread that can use it.
 */
public final class BoundedBuffer<T> {
    private final Lock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    /** A ring: {@code count} items starting at {@code head}. Guarded by {@link #lock}. */
    private final Object[] items;
    private int head;
    private int count;

    public BoundedBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        items = new Object[capacity];
    }

    public void put(T item) throws InterruptedException {
        Objects.requireNonNull(item, "item must not be null");
        lock.lock();
        try {
            // A loop, not an if: another producer may fill the slot between the signal and our wake-up.
            while (count == items.length) {
                notFull.await();
            }
            items[(head + count) % items.length] = item;
            count++;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public T take() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            @SuppressWarnings("unchecked")
            int tail = (head + count - 1) % items.length;
            T item = (T) items[tail];
            items[tail] = null;
            count--;
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
