package concurrency.q5;

public final class AtomicCounter {
    private long value;

    public synchronized long incrementAndGet() {
        return ++value;
    }

    public synchronized long get() {
        return value;
    }
}
