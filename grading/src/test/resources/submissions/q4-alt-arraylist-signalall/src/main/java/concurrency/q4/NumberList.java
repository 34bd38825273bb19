// KNOWN-GOOD ALTERNATIVE (grader corpus) — correct, written differently from the reference:
// an ArrayList plus the index of the oldest number (compacted from time to time), the lock
// declared as ReentrantLock, signalAll() instead of signal(), and a private helper that is only
// called while the lock is held. Must keep full marks in correctness, stress and design.
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A FIFO list of numbers; {@link #lock} guards {@link #numbers} and {@link #head}. */
public final class NumberList {
    /** Longer timeouts than this are treated as "wait for ever" (about 292 years). */
    private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);
    /** Drop removed numbers from the front of the array once there are at least this many. */
    private static final int COMPACT_AFTER = 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition listChanged = lock.newCondition();
    /** numbers[head..size) are in the list, oldest first; numbers[0..head) were removed already. */
    private final ArrayList<Integer> numbers = new ArrayList<>();
    private int head;

    public void add(int number) {
        lock.lock();
        try {
            numbers.add(number);
            listChanged.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public OptionalInt tryRemove() {
        lock.lock();
        try {
            if (head == numbers.size()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(removeOldest());
        } finally {
            lock.unlock();
        }
    }

    public OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout < 0: " + timeout);
        }
        long nanos = timeout.compareTo(FOREVER) >= 0 ? Long.MAX_VALUE : timeout.toNanos();
        lock.lock();
        try {
            while (head == numbers.size()) {
                if (nanos <= 0) {
                    return OptionalInt.empty();
                }
                nanos = listChanged.awaitNanos(nanos);
            }
            return OptionalInt.of(removeOldest());
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return numbers.size() - head;
        } finally {
            lock.unlock();
        }
    }

    public List<Integer> snapshot() {
        lock.lock();
        try {
            return List.copyOf(numbers.subList(head, numbers.size()));
        } finally {
            lock.unlock();
        }
    }

    /** Takes the oldest number. Only call this holding {@link #lock}, on a list that is not empty. */
    private int removeOldest() {
        int oldest = numbers.get(head);
        head++;
        if (head == numbers.size()) {
            numbers.clear();
            head = 0;
        } else if (head >= COMPACT_AFTER && head >= numbers.size() - head) {
            // At least half of the array is dead: shift the live part to the front (amortised O(1)).
            numbers.subList(0, head).clear();
            head = 0;
        }
        return oldest;
    }
}
