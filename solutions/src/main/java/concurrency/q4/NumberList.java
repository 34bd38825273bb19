package concurrency.q4;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A FIFO list of numbers whose every access is guarded by one {@link Lock}. */
public final class NumberList {
    private final Lock lock = new ReentrantLock();
    /** Signalled on every add, so that a waiting remover re-checks the list. */
    private final Condition notEmpty = lock.newCondition();
    /** Guarded by {@link #lock}. */
    private final ArrayDeque<Integer> numbers = new ArrayDeque<>();

    public void add(int number) {
        lock.lock();
        try {
            numbers.addLast(number);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public OptionalInt tryRemove() {
        lock.lock();
        try {
            return numbers.isEmpty() ? OptionalInt.empty() : OptionalInt.of(numbers.removeFirst());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes the oldest number, waiting up to {@code timeout} for one. A timeout too long for a
     * {@code long} of nanoseconds waits practically for ever. An interrupt ends a wait with
     * {@link InterruptedException}; a call that need not wait returns as usual and leaves the
     * interrupt status set (the handout also allows throwing there). A call that throws removes
     * nothing.
     */
    public OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        long nanos = saturatedNanos(timeout);
        lock.lock();
        try {
            // A loop, not an if: a wake-up does not promise that the number is still there.
            while (numbers.isEmpty()) {
                if (nanos <= 0) {
                    return OptionalInt.empty();
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return OptionalInt.of(numbers.removeFirst());
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return numbers.size();
        } finally {
            lock.unlock();
        }
    }

    public List<Integer> snapshot() {
        lock.lock();
        try {
            return List.copyOf(numbers);
        } finally {
            lock.unlock();
        }
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
