package concurrency.testing;

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
 * Watches, from a thread of its own, the processes this JVM starts while some code runs: which
 * new descendants appeared, what command each ran, and which of them were alive at the same time.
 * Use it with try-with-resources around the call under test.
 *
 * <p>It samples: a process that lives for less than one sampling round (a few milliseconds) can be
 * missed. A JVM lives far longer than that, so for child JVMs "never seen" means "never started".
 */
public final class ProcessWatch implements AutoCloseable {
    private final Set<Long> before;
    private final Map<Long, String> commands = new ConcurrentHashMap<>();
    /** Each distinct set of new descendants that were alive together in one sample. */
    private final List<Set<Long>> aliveTogether = new CopyOnWriteArrayList<>();
    private final Thread sampler;
    private volatile boolean stopped;

    private ProcessWatch() {
        before = NoLeakedProcesses.livingDescendants();
        sampler = new Thread(this::sample, "process-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching now; processes that are already running are ignored. */
    public static ProcessWatch start() {
        return new ProcessWatch();
    }

    private void sample() {
        Set<Long> previous = Set.of();
        while (!stopped) {
            Set<Long> alive = new HashSet<>();
            ProcessHandle.current().descendants().filter(p -> !before.contains(p.pid())).forEach(p -> {
                if (p.isAlive()) {
                    alive.add(p.pid());
                    // Read again until it is java: a JVM being started first shows as a helper (jspawnhelper)
                    // for a moment, before it turns into java.
                    String known = commands.get(p.pid());
                    if (known == null || !isJava(known)) {
                        commands.put(p.pid(), p.info().command().orElse("?"));
                    }
                }
            });
            if (!alive.isEmpty() && !alive.equals(previous)) {
                aliveTogether.add(Set.copyOf(alive));
            }
            previous = alive;
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** Stops watching and waits for the sampling thread to end. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join();
    }

    /** The pids of every new descendant seen. */
    public Set<Long> seen() {
        return Set.copyOf(commands.keySet());
    }

    /** The pids of the new descendants seen whose executable is {@code java}. */
    public Set<Long> seenJvms() {
        return commands.entrySet().stream().filter(e -> isJava(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The executable of a descendant that was seen (java, if it ever was while it was watched). */
    public Optional<String> command(long pid) {
        return Optional.ofNullable(commands.get(pid));
    }

    /** The largest number of the given pids that were seen alive in the same sample. */
    public int mostAliveAtOnce(Collection<Long> pids) {
        return aliveTogether.stream().mapToInt(alive -> (int) pids.stream().filter(alive::contains).count())
                .max().orElse(0);
    }

    private static boolean isJava(String command) {
        String name = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
        return name.equals("java") || name.equals("java.exe");
    }
}
