// KNOWN-BAD SUBMISSION (grader corpus) — defect: removeWithin does not wait on a Condition; it
// polls: look under the lock, release it, Thread.sleep(1), look again, until the deadline.
// Every critical section is still lock(); try { ... } finally { unlock(); } on the one lock field.
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A FIFO list of numbers whose every access is guarded by one {@link Lock}. */
public final class NumberList {
    private final Lock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private final ArrayDeque<Integer> numbers = new ArrayDeque<>();

    public void add(int number) {
        lock.lock();
        try {
            numbers.addLast(number);
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

    public OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        long nanos = saturatedNanos(timeout);
        long start = System.nanoTime();
        while (true) {
            lock.lock();
            try {
                if (!numbers.isEmpty()) {
                    return OptionalInt.of(numbers.removeFirst());
                }
            } finally {
                lock.unlock();
            }
            if (System.nanoTime() - start >= nanos) {
                return OptionalInt.empty();
            }
            // Not holding the lock here, so the adder can get in; check again in a millisecond.
            Thread.sleep(1);
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
