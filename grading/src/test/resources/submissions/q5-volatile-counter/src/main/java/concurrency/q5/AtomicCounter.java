package concurrency.q5;

public final class AtomicCounter {
    private volatile long value;

    public long incrementAndGet() {
        return ++value;
    }

    public long get() {
        return value;
    }
}
