// KNOWN-BAD SUBMISSION (grader corpus) — defect: uses synchronized methods and wait/notifyAll on
// the object's monitor instead of a Lock and a Condition (the question asks for a Lock).
// Behaviour is correct: FIFO, atomic check-and-remove, no lost wake-ups, interruptible waiting.
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** A FIFO list of numbers whose every access is guarded by the object's monitor. */
public final class NumberList {
    /** Guarded by {@code this}. */
    private final ArrayDeque<Integer> numbers = new ArrayDeque<>();

    public synchronized void add(int number) {
        numbers.addLast(number);
        notifyAll();
    }

    public synchronized OptionalInt tryRemove() {
        return numbers.isEmpty() ? OptionalInt.empty() : OptionalInt.of(numbers.removeFirst());
    }

    public synchronized OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        long nanos = saturatedNanos(timeout);
        long start = System.nanoTime();
        // A loop, not an if: a wake-up does not promise that the number is still there.
        while (numbers.isEmpty()) {
            long left = nanos - (System.nanoTime() - start);
            if (left <= 0) {
                return OptionalInt.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return OptionalInt.of(numbers.removeFirst());
    }

    public synchronized int size() {
        return numbers.size();
    }

    public synchronized List<Integer> snapshot() {
        return List.copyOf(numbers);
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
