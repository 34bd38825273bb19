package concurrency.testing;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves non-daemon threads running: every thread a solution starts must be
 * joined, or its pool shut down, before the method returns. Daemon threads are ignored: they do
 * not keep a JVM alive, and the JDK starts some of its own (the process reaper, for one).
 */
public final class NoLeakedThreads implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoLeakedThreads.class);
    /** Time a finished pool's threads get to exit after shutdown; a leak outlives it by far. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        @SuppressWarnings("unchecked")
        Set<Thread> before = context.getStore(NS).get("before", Set.class);
        List<Thread> leaked = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> !thread.isDaemon())
                .collect(Collectors.toList());
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (Thread thread : leaked) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        List<String> alive = leaked.stream().filter(Thread::isAlive)
                .map(thread -> "'" + thread.getName() + "' (" + thread.getState() + ")")
                .collect(Collectors.toList());
        if (!alive.isEmpty()) {
            fail("Threads started by your code were still running after it returned: " + String.join(", ", alive)
                    + ". Join every thread you start (Thread.join) or shut down every pool you create before returning.");
        }
    }
}
