package concurrency.q5;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** Lets at most {@code permits} callers run their action at the same time; the others wait for a permit. */
public final class Throttle {
    private final Semaphore permits;
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger maxInside = new AtomicInteger();

    public Throttle(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        this.permits = new Semaphore(permits);
    }

    public <T> T call(Callable<T> action) throws Exception {
        Objects.requireNonNull(action, "action must not be null");
        permits.acquire();
        try {
            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            return action.call();
        } finally {
            // Released on every path: an action that throws must not keep its permit forever.
            permits.release();
        }
    }

    public int maxObservedConcurrency() {
        return maxInside.get();
    }
}
