// KNOWN-BAD SUBMISSION (grader corpus) — defect: no lock at all. Every method reads and writes the
// ArrayDeque without any synchronisation, and removeWithin busy-waits with Thread.onSpinWait()
// until the deadline instead of waiting on a Condition.
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** A FIFO list of numbers. */
public final class NumberList {
    private final ArrayDeque<Integer> numbers = new ArrayDeque<>();

    public void add(int number) {
        numbers.addLast(number);
    }

    public OptionalInt tryRemove() {
        return numbers.isEmpty() ? OptionalInt.empty() : OptionalInt.of(numbers.removeFirst());
    }

    public OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        long nanos = saturatedNanos(timeout);
        long start = System.nanoTime();
        // Keep looking until a number shows up or the time is over.
        while (numbers.isEmpty()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for a number");
            }
            if (System.nanoTime() - start >= nanos) {
                return OptionalInt.empty();
            }
            Thread.onSpinWait();
        }
        return OptionalInt.of(numbers.removeFirst());
    }

    public int size() {
        return numbers.size();
    }

    public List<Integer> snapshot() {
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
