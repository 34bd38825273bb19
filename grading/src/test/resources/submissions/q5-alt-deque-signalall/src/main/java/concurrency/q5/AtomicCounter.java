package concurrency.q5;

import java.util.concurrent.atomic.AtomicLong;

public final class AtomicCounter {
    private final AtomicLong count = new AtomicLong(0);

    public long incrementAndGet() {
        while (true) {
            long current = count.get();
            if (count.compareAndSet(current, current + 1)) {
                return current + 1;
            }
        }
    }

    public long get() {
        return count.get();
    }
}
