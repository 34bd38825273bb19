// KNOWN-GOOD ALTERNATIVE (grader corpus) — correct, written differently from the reference:
// LinkedList storage, a fair ReentrantLock, lockInterruptibly() in removeWithin, a Condition
// with an awaitNanos loop, TimeUnit.convert(Duration) for the timeout, and an unmodifiable copy
// as the snapshot. Must keep full marks in correctness, stress and design.
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A first-in-first-out list of numbers that several threads can share. All fields below are only
 * read or written while {@link #lock} is held.
 */
public final class NumberList {
    /** Fair, so that a remover that has been waiting long is not overtaken again and again. */
    private final Lock lock = new ReentrantLock(true);
    /** Signalled by add: "there is at least one more number now". */
    private final Condition numberAdded = lock.newCondition();
    /** Oldest number first. */
    private final LinkedList<Integer> numbers = new LinkedList<>();

    public NumberList() {
    }

    public void add(int number) {
        lock.lock();
        try {
            numbers.addLast(number);
            numberAdded.signal();
        } finally {
            lock.unlock();
        }
    }

    public OptionalInt tryRemove() {
        lock.lock();
        try {
            Integer oldest = numbers.pollFirst();
            return oldest == null ? OptionalInt.empty() : OptionalInt.of(oldest);
        } finally {
            lock.unlock();
        }
    }

    public OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        if (timeout == null) {
            throw new NullPointerException("timeout is null");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout is negative: " + timeout);
        }
        // convert(Duration) saturates at Long.MAX_VALUE instead of throwing for huge timeouts.
        long nanosLeft = TimeUnit.NANOSECONDS.convert(timeout);
        lock.lockInterruptibly();
        try {
            while (numbers.isEmpty()) {
                if (nanosLeft <= 0L) {
                    return OptionalInt.empty();
                }
                // Releases the lock while waiting and holds it again when it returns.
                nanosLeft = numberAdded.awaitNanos(nanosLeft);
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
            return Collections.unmodifiableList(new ArrayList<>(numbers));
        } finally {
            lock.unlock();
        }
    }
}
