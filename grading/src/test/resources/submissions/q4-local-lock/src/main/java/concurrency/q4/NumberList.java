// KNOWN-BAD SUBMISSION (grader corpus) — defect: every method creates its own local
// `Lock lock = new ReentrantLock()`, so no two calls ever exclude each other, and removeWithin
// waits on a Condition of its own private lock that no add can ever signal (it only notices a
// number when its timeout runs out).
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A FIFO list of numbers whose every access is guarded by a {@link Lock}. */
public final class NumberList {
    private final ArrayDeque<Integer> numbers = new ArrayDeque<>();

    public void add(int number) {
        Lock lock = new ReentrantLock();
        Condition notEmpty = lock.newCondition();
        lock.lock();
        try {
            numbers.addLast(number);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public OptionalInt tryRemove() {
        Lock lock = new ReentrantLock();
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
        Lock lock = new ReentrantLock();
        Condition notEmpty = lock.newCondition();
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
        Lock lock = new ReentrantLock();
        lock.lock();
        try {
            return numbers.size();
        } finally {
            lock.unlock();
        }
    }

    public List<Integer> snapshot() {
        Lock lock = new ReentrantLock();
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
