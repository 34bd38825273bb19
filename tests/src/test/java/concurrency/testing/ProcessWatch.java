package concurrency.testing;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Watches, from a thread of its own, the processes this JVM starts while some code runs: which new
 * descendants appeared, what each ran, when each was seen alive, and which were alive at the same
 * time. Use it with try-with-resources around the call under test. It is the one place in the tests
 * that lists this JVM's descendants and decides whether a process is a JVM.
 *
 * <p>It samples about every millisecond: a process that lives for less than one round can be missed.
 * A JVM lives far longer than that, so for child JVMs "never seen" means "never started". A poller can
 * be starved on a loaded machine, so {@link #childProcessesRan()} also asks Linux for the CPU time of
 * the children that ended.
 */
public final class ProcessWatch implements AutoCloseable {
    /**
     * A new descendant as it was seen. It was surely alive from {@code firstSeenNanos} to
     * {@code lastSeenNanos} (System.nanoTime): its real life began no later and ended no earlier.
     */
    public record Sighting(String command, String commandLine, long firstSeenNanos, long lastSeenNanos) {
        /**
         * Whether the process runs a JVM: its executable is {@code java}, or, where Linux does not
         * show the executable (in some sandboxes), its command line starts with one.
         */
        public boolean isJvm() {
            return isJava(command) || command.equals("?") && isJava(commandLine.split(" ", 2)[0]);
        }

        private static boolean isJava(String path) {
            String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
            return name.equals("java") || name.equals("java.exe");
        }

        /** How long after it is first seen a process's executable and command line are read again. */
        private static final long SETTLING_NANOS = 200_000_000;

        private Sighting seenAgain(ProcessHandle process, long stillAliveAt) {
            // A JVM being started shows as a helper (jspawnhelper) for a moment before it turns into
            // java, and its executable and command line may be read on either side of that exec: read
            // them again while it is young (or not yet a JVM), keeping what was seen if it is gone.
            Sighting now = this;
            if (!isJvm() || stillAliveAt - firstSeenNanos < SETTLING_NANOS) {
                Sighting read = of(process, firstSeenNanos);
                if (!read.command.equals("?") || !read.commandLine.equals("?")) {
                    now = read;
                }
            }
            return new Sighting(now.command, now.commandLine, firstSeenNanos, stillAliveAt);
        }

        private static Sighting of(ProcessHandle process, long seenAt) {
            ProcessHandle.Info info = process.info();
            return new Sighting(info.command().orElse("?"), info.commandLine().orElse("?"), seenAt, seenAt);
        }
    }

    private final Set<Long> before;
    private final Optional<Duration> childrenCpuBefore;
    private final Map<Long, Sighting> sightings = new ConcurrentHashMap<>();
    /** Each distinct set of new descendants that were alive together in one round. */
    private final List<Set<Long>> aliveTogether = new CopyOnWriteArrayList<>();
    private final Thread sampler;
    private volatile boolean stopped;

    private ProcessWatch() {
        before = livingDescendants().stream().map(ProcessHandle::pid).collect(Collectors.toSet());
        childrenCpuBefore = CpuMeter.endedChildrenCpu();
        sampler = new Thread(this::sample, "process-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching now; processes that are already running are ignored. */
    public static ProcessWatch start() {
        return new ProcessWatch();
    }

    /** The live descendants of this JVM: its children, their children, and so on. */
    public static List<ProcessHandle> livingDescendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    private void sample() {
        Set<Long> previous = Set.of();
        while (!stopped) {
            long listedFrom = System.nanoTime();
            List<ProcessHandle> alive = livingDescendants().stream().filter(p -> !before.contains(p.pid())).toList();
            long listedUntil = System.nanoTime();
            // Alive at some instant of the listing: from no later than its end, until no earlier than its start.
            for (ProcessHandle process : alive) {
                sightings.compute(process.pid(), (pid, known) -> known == null
                        ? Sighting.of(process, listedUntil) : known.seenAgain(process, listedFrom));
            }
            Set<Long> pids = alive.stream().map(ProcessHandle::pid).collect(Collectors.toCollection(HashSet::new));
            if (!pids.isEmpty() && !pids.equals(previous)) {
                aliveTogether.add(Set.copyOf(pids));
            }
            previous = pids;
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** Stops watching and waits for the sampling thread to end. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }

    /** The pids of the new descendants seen that run a JVM. */
    public Set<Long> seenJvms() {
        return jvms().keySet();
    }

    /** The JVMs seen whose command line names {@code mainClass}, by pid. */
    public Map<Long, Sighting> jvmsRunning(String mainClass) {
        return jvms().entrySet().stream().filter(e -> e.getValue().commandLine().contains(mainClass))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The largest number of the given pids that were seen alive in the same round. */
    public int mostAliveAtOnce(Collection<Long> pids) {
        return aliveTogether.stream().mapToInt(alive -> (int) pids.stream().filter(alive::contains).count())
                .max().orElse(0);
    }

    /** The largest number of new JVMs that were seen alive in the same round. */
    public int mostJvmsAliveAtOnce() {
        return mostAliveAtOnce(seenJvms());
    }

    /**
     * Whether child processes ran (and were waited for) since the watch started: a JVM was seen, or
     * the children that ended used CPU time (starting a JVM costs far more than the one clock tick
     * that Linux counts in, and code that computes in this JVM adds nothing).
     */
    public boolean childProcessesRan() {
        Optional<Duration> childrenCpuNow = CpuMeter.endedChildrenCpu();
        boolean usedCpu = childrenCpuBefore.isPresent() && childrenCpuNow.isPresent()
                && childrenCpuNow.get().compareTo(childrenCpuBefore.get()) > 0;
        return usedCpu || !seenJvms().isEmpty();
    }

    private Map<Long, Sighting> jvms() {
        return sightings.entrySet().stream().filter(e -> e.getValue().isJvm())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
