package concurrency.q5;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public final class Throttle {
    private final Semaphore semaphore;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    public Throttle(int permits) {
        if (permits <= 0) {
            throw new IllegalArgumentException("permits must be positive: " + permits);
        }
        semaphore = new Semaphore(permits, true);
    }

    public <T> T call(Callable<T> action) throws Exception {
        if (action == null) {
            throw new NullPointerException("action is null");
        }
        semaphore.acquire();
        int now = running.incrementAndGet();
        try {
            int seen;
            do {
                seen = peak.get();
            } while (now > seen && !peak.compareAndSet(seen, now));
            return action.call();
        } finally {
            running.decrementAndGet();
            semaphore.release();
        }
    }

    public int maxObservedConcurrency() {
        return peak.get();
    }
}
