package concurrency.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Measures where the CPU time of a call went: into this JVM (every thread of it, the JIT compiler
 * and the garbage collector included) or into the child processes it started. Nothing is sampled,
 * so a starved thread on a loaded machine cannot make it miss anything:
 * <ul>
 *   <li>this JVM: {@link ProcessHandle.Info#totalCpuDuration()} before and after;</li>
 *   <li>children: Linux adds the CPU time of every child that has ended and been waited for (the JDK
 *       waits for each one it started as soon as it exits) to cutime and cstime in
 *       {@code /proc/self/stat}, grandchildren included if the child waited for them.</li>
 * </ul>
 * Not thread-safe; for one call at a time, with no other test running in this JVM.
 */
public final class CpuMeter {
    /** /proc counts in clock ticks of USER_HZ, which is 100 on every Linux architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000;
    /** How long {@link #stop()} waits for the children of the call to end before it reads their time. */
    private static final Duration CHILDREN_GRACE = Duration.ofSeconds(10);

    /** The CPU time a call used, by where it ran. */
    public record Use(Duration thisJvm, Duration children) {
    }

    private final Set<Long> childrenBefore;
    private final Duration thisJvmBefore;
    private final Duration childrenCpuBefore;

    private CpuMeter() {
        childrenBefore = ProcessWatch.livingDescendants().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        childrenCpuBefore = endedChildrenCpu().orElseThrow(CpuMeter::unavailable);
        thisJvmBefore = thisJvmCpu();
    }

    /** Whether this platform lets the CPU time of child processes be measured (Linux, with /proc). */
    public static boolean available() {
        return endedChildrenCpu().isPresent() && ProcessHandle.current().info().totalCpuDuration().isPresent();
    }

    /** Starts measuring now. */
    public static CpuMeter start() {
        return new CpuMeter();
    }

    /**
     * Stops measuring. A child of the call that is still ending gets a moment to be gone, because its
     * time only counts once it has been waited for; one that outlives that is left to {@link NoLeakedProcesses}.
     */
    public Use stop() throws InterruptedException {
        Duration thisJvm = thisJvmCpu().minus(thisJvmBefore);
        long deadline = System.nanoTime() + CHILDREN_GRACE.toNanos();
        for (List<ProcessHandle> left = newChildren(); !left.isEmpty() && System.nanoTime() < deadline; left = newChildren()) {
            awaitExit(left.get(0), deadline);
            // An ended child stays listed until the JDK has waited for it, which follows at once.
            LockSupport.parkNanos(1_000_000);
        }
        Duration children = endedChildrenCpu().orElseThrow(CpuMeter::unavailable).minus(childrenCpuBefore);
        return new Use(thisJvm, children);
    }

    private List<ProcessHandle> newChildren() {
        return ProcessWatch.livingDescendants().stream().filter(child -> !childrenBefore.contains(child.pid())).toList();
    }

    private static void awaitExit(ProcessHandle child, long deadline) throws InterruptedException {
        try {
            child.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // counted if it ends in time, reported as a leak otherwise
        }
    }

    private static Duration thisJvmCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow(CpuMeter::unavailable);
    }

    /**
     * The CPU time of this JVM's children that have ended and been waited for (cutime + cstime in
     * /proc/self/stat); empty where there is no /proc (not Linux).
     */
    static Optional<Duration> endedChildrenCpu() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The fields after the command name, which is in parentheses and may contain spaces: state is field 3.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]);
            return Optional.of(Duration.ofNanos(ticks * NANOS_PER_TICK));
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    private static IllegalStateException unavailable() {
        return new IllegalStateException("CPU time cannot be measured on this platform; check CpuMeter.available() first");
    }
}
