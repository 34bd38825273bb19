package concurrency.q8;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches, while code runs, which worker JVMs of the Q2 pool (child processes of this JVM whose
 * command line runs {@code concurrency.q2.Worker}) are alive. A worker lives at least as long as a
 * JVM takes to start, far longer than the few milliseconds between two looks.
 */
final class WorkerWatch implements AutoCloseable {
    static final String WORKER_CLASS = "concurrency.q2.Worker";

    /** When a worker was first and last seen: bounds that lie inside its real life time. */
    record Sighting(long firstSeenNanos, long lastSeenNanos) {
    }

    private final Map<Long, Sighting> sightings = new ConcurrentHashMap<>();
    private volatile boolean watching = true;
    private final Thread thread;

    WorkerWatch() {
        thread = new Thread(this::watch, "q8-worker-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (watching) {
            long before = System.nanoTime();
            var seen = ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(WORKER_CLASS)).orElse(false))
                    .map(ProcessHandle::pid).toList();
            long after = System.nanoTime();
            // Seen at some instant between before and after: so it lived from no later than `after`
            // on, and until no earlier than `before`.
            for (long pid : seen) {
                sightings.merge(pid, new Sighting(after, before), (old, now) -> new Sighting(old.firstSeenNanos(), now.lastSeenNanos()));
            }
            LockSupport.parkNanos(2_000_000);
        }
    }

    /** Every worker seen, by pid. */
    Map<Long, Sighting> sightings() {
        return Map.copyOf(sightings);
    }

    /** A time span that workers were surely alive in, from the first one seen to the last one seen; 0 if none. */
    long aliveSpanNanos() {
        long first = sightings.values().stream().mapToLong(Sighting::firstSeenNanos).min().orElse(0);
        long last = sightings.values().stream().mapToLong(Sighting::lastSeenNanos).max().orElse(0);
        return Math.max(0, last - first);
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        thread.join();
    }
}
