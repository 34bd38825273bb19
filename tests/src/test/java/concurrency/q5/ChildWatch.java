package concurrency.q5;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Watches the processes that this JVM starts while a call runs, so that a test can tell whether a
 * solution really used child JVMs, and how many ran at the same time, without any help from the
 * solution. It polls {@link ProcessHandle#descendants()} on a daemon thread every millisecond or
 * so; a child JVM lives for tens of milliseconds at the very least, so none slips through.
 */
final class ChildWatch implements AutoCloseable {
    private final Set<Long> before;
    /** Every new descendant seen, with its command (or "?" if the OS would not say). */
    private final Map<Long, String> seen = new ConcurrentHashMap<>();
    private final AtomicInteger maxAliveAtOnce = new AtomicInteger();
    private final Thread poller;
    private volatile boolean stopped;

    private ChildWatch() {
        before = descendants().keySet();
        poller = new Thread(this::poll, "child-watch");
        poller.setDaemon(true);
    }

    /** Starts watching; stop with {@link #close()} once the call under test has returned. */
    static ChildWatch start() {
        ChildWatch watch = new ChildWatch();
        watch.poller.start();
        return watch;
    }

    private void poll() {
        while (!stopped) {
            Map<Long, String> now = descendants();
            now.keySet().removeAll(before);
            now.forEach(seen::putIfAbsent);
            int javas = (int) now.values().stream().filter(ChildWatch::isJava).count();
            maxAliveAtOnce.accumulateAndGet(javas, Math::max);
            LockSupport.parkNanos(500_000);
        }
    }

    private static Map<Long, String> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .collect(Collectors.toMap(ProcessHandle::pid, p -> p.info().command().orElse("?"), (a, b) -> a,
                        ConcurrentHashMap::new));
    }

    private static boolean isJava(String command) {
        // A process whose command the OS hides is given the benefit of the doubt.
        return command.equals("?") || command.endsWith("/java") || command.endsWith("\\java.exe") || command.equals("java");
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        poller.join();
    }

    /** The pids of the child JVMs seen (never this JVM's own pid). */
    Set<Long> javaChildren() {
        return seen.entrySet().stream().filter(e -> isJava(e.getValue())).map(Map.Entry::getKey)
                .filter(pid -> pid != ProcessHandle.current().pid()).collect(Collectors.toSet());
    }

    /** The largest number of child JVMs that were alive at the same moment. */
    int maxAliveAtOnce() {
        return maxAliveAtOnce.get();
    }

    Optional<String> anyCommand() {
        return seen.values().stream().findFirst();
    }
}
