package concurrency.q5;

import java.util.concurrent.atomic.AtomicLong;

/** A counter that many threads may increment at once without losing an update, and without a lock. */
public final class AtomicCounter {
    private final AtomicLong value = new AtomicLong();

    /** Adds one in a single atomic step (a compare-and-set loop inside AtomicLong) and returns the new value. */
    public long incrementAndGet() {
        return value.incrementAndGet();
    }

    public long get() {
        return value.get();
    }
}
