package concurrency.q5;

/**
 * A counter that many threads may increment at the same time without losing an update.
 *
 * <p>This class must follow the design rule of Q5 for it (built on
 * {@code java.util.concurrent.atomic}); it is listed in the {@linkplain concurrency.q5 package
 * description}.
 */
public final class AtomicCounter {

    /**
     * Adds one to the counter, atomically.
     *
     * @return the counter's value right after this increment (so concurrent callers all get
     *         different values)
     */
    public long incrementAndGet() {
        throw new UnsupportedOperationException("TODO Q5: AtomicCounter.incrementAndGet");
    }

    /** @return the counter's current value; 0 for a new counter */
    public long get() {
        throw new UnsupportedOperationException("TODO Q5: AtomicCounter.get");
    }
}
