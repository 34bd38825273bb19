package concurrency.q5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Watches the processes that this JVM starts while a call runs, so that a test can tell whether a
 * solution really used child JVMs, and how many ran at the same time, without any help from the
 * solution. Two sources, because a poller can be starved on a loaded machine:
 * <ul>
 *   <li>the CPU time of this JVM's finished and reaped children, which Linux adds to
 *       {@code /proc/self/stat} (cutime, cstime): starting a JVM costs far more than one clock tick,
 *       and code that computes in this JVM adds nothing;</li>
 *   <li>a daemon thread that polls {@link ProcessHandle#descendants()} about every millisecond,
 *       which also shows how many child JVMs were alive at the same moment.</li>
 * </ul>
 */
final class ChildWatch implements AutoCloseable {
    private final Set<Long> before;
    /** Every new descendant seen, with its command (or "?" if the OS would not say). */
    private final Map<Long, String> seen = new ConcurrentHashMap<>();
    private final AtomicInteger maxAliveAtOnce = new AtomicInteger();
    private final Thread poller;
    private volatile boolean stopped;

    private final OptionalLong childCpuBefore;

    private ChildWatch() {
        before = descendants().keySet();
        childCpuBefore = reapedChildrenCpuTicks();
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

    /**
     * Whether child processes ran (and were waited for) since the watch started: they used CPU
     * time, or the poller saw a child JVM.
     */
    boolean childProcessesRan() {
        OptionalLong after = reapedChildrenCpuTicks();
        boolean usedCpu = childCpuBefore.isPresent() && after.isPresent() && after.getAsLong() > childCpuBefore.getAsLong();
        return usedCpu || !javaChildren().isEmpty();
    }

    /** cutime + cstime of this process, in clock ticks; empty where there is no /proc (not Linux). */
    static OptionalLong reapedChildrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which is in parentheses and may contain spaces: state is field 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]));
        } catch (IOException | RuntimeException notLinux) {
            return OptionalLong.empty();
        }
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
}
