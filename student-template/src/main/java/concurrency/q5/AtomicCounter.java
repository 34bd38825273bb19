package concurrency.q5;

/**
 * A counter that many threads may increment at the same time without losing an update.
 *
 * <p>Rule (checked by the grader): build it on {@code java.util.concurrent.atomic} — no lock, no
 * {@code synchronized}. Note that {@code count++} on a {@code volatile} field is not enough: it is
 * three steps (read, add, write), and two threads can read the same old value.
 */
public final class AtomicCounter {

    /**
     * Adds one to the counter, atomically.
     *
     * @return the counter's value right after this increment (so concurrent callers all get
     *         different values)
     */
    public long incrementAndGet() {
        throw new UnsupportedOperationException("TODO Q5: AtomicCounter.incrementAndGet — increment atomically and return the new value");
    }

    /** @return the counter's current value; 0 for a new counter */
    public long get() {
        throw new UnsupportedOperationException("TODO Q5: AtomicCounter.get — read the current value");
    }
}
