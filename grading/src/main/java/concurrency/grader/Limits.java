package concurrency.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one runner JVM and everything it starts may use: processes and threads, memory, the size
 * of a file, open files. Where the grader may create control groups (root, with the pids and
 * memory controllers mounted, v1 or v2) every runner gets its own group: its limits hold for the
 * whole tree, a hit is counted by the kernel and reported as a verdict, and every process in the
 * group is killed at the end, however it detached itself. Elsewhere only per-process limits
 * ({@code prlimit}) apply.
 */
final class Limits {
    static final int PROCESSES_AND_THREADS = 2048;
    static final long MEMORY_BYTES = 4L << 30;
    static final long FILE_BYTES = 256L << 20;
    static final int OPEN_FILES = 4096;
    private static final Path CGROUPS = Path.of("/sys/fs/cgroup");
    private static final AtomicLong SERIAL = new AtomicLong();

    /** Directories under which a runner's groups are made: the pids one and the memory one (the same under v2). */
    private final Optional<Path> pidsParent;
    private final Optional<Path> memoryParent;
    private final boolean prlimit;

    private Limits(Optional<Path> pidsParent, Optional<Path> memoryParent, boolean prlimit) {
        this.pidsParent = pidsParent;
        this.memoryParent = memoryParent;
        this.prlimit = prlimit;
    }

    static Limits detect() {
        boolean prlimit = Files.isExecutable(Path.of("/usr/bin/prlimit"));
        Optional<Path> pids = Optional.empty();
        Optional<Path> memory = Optional.empty();
        try {
            if (Files.isRegularFile(CGROUPS.resolve("cgroup.controllers"))) {
                // v2: one tree; our own group, if it delegates both controllers to its children
                Path own = CGROUPS.resolve(ownGroup("").orElse("/").substring(1));
                String controllers = Files.readString(own.resolve("cgroup.subtree_control"));
                if (controllers.contains("pids") && controllers.contains("memory") && Files.isWritable(own)) {
                    pids = Optional.of(own);
                    memory = pids;
                }
            } else {
                pids = ownGroup("pids").map(g -> CGROUPS.resolve("pids").resolve(g.substring(1)))
                        .filter(Files::isWritable);
                memory = ownGroup("memory").map(g -> CGROUPS.resolve("memory").resolve(g.substring(1)))
                        .filter(Files::isWritable);
            }
        } catch (IOException | RuntimeException e) {
            pids = Optional.empty();
            memory = Optional.empty();
        }
        return new Limits(pids, memory, prlimit);
    }

    /** This process's group in the hierarchy of {@code controller} ("" for the v2 tree), from /proc/self/cgroup. */
    private static Optional<String> ownGroup(String controller) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
            String[] parts = line.split(":", 3);
            if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) {
                return Optional.of(parts[2]);
            }
        }
        return Optional.empty();
    }

    String describe() {
        String groups = pidsParent.isPresent() && memoryParent.isPresent()
                ? PROCESSES_AND_THREADS + " processes and threads, " + (MEMORY_BYTES >> 30) + " GiB of memory (control groups)"
                : "no control groups (run as root for limits on processes and memory)";
        return groups + (prlimit ? ", files up to " + (FILE_BYTES >> 20) + " MiB, " + OPEN_FILES + " open files" : "");
    }

    /** A fresh set of limits for one runner; close it after the runner is dead. */
    Box open() throws IOException {
        String name = "grader-" + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet();
        Optional<Path> pids = Optional.empty();
        Optional<Path> memory = Optional.empty();
        try {
            if (pidsParent.isPresent() && memoryParent.isPresent()) {
                pids = Optional.of(Files.createDirectories(pidsParent.get().resolve(name)));
                memory = memoryParent.equals(pidsParent) ? pids : Optional.of(Files.createDirectories(memoryParent.get().resolve(name)));
                Files.writeString(pids.get().resolve("pids.max"), Integer.toString(PROCESSES_AND_THREADS));
                Path v1Memory = memory.get().resolve("memory.limit_in_bytes");
                Files.writeString(Files.exists(v1Memory) ? v1Memory : memory.get().resolve("memory.max"), Long.toString(MEMORY_BYTES));
            }
        } catch (IOException | RuntimeException e) {
            // a group we cannot set up is no group: fall back to per-process limits for this runner
            pids.ifPresent(Limits::removeQuietly);
            memory.ifPresent(Limits::removeQuietly);
            pids = Optional.empty();
            memory = Optional.empty();
        }
        return new Box(pids, memory, prlimit);
    }

    /** The limits of one runner. */
    static final class Box implements AutoCloseable {
        private final Optional<Path> pids;
        private final Optional<Path> memory;
        private final boolean prlimit;

        private Box(Optional<Path> pids, Optional<Path> memory, boolean prlimit) {
            this.pids = pids;
            this.memory = memory;
            this.prlimit = prlimit;
        }

        /** {@code command}, started inside the group and under the per-process limits. */
        List<String> wrap(List<String> command) {
            List<String> wrapped = new ArrayList<>();
            if (pids.isPresent()) {
                StringBuilder join = new StringBuilder("echo $$ > '" + pids.get().resolve("cgroup.procs") + "'");
                if (!memory.equals(pids)) {
                    join.append(" && echo $$ > '").append(memory.get().resolve("cgroup.procs")).append("'");
                }
                wrapped.addAll(List.of("/bin/sh", "-c", join + " && exec \"$@\"", "sh"));
            }
            if (prlimit) {
                wrapped.addAll(List.of("/usr/bin/prlimit", "--fsize=" + FILE_BYTES, "--nofile=" + OPEN_FILES, "--core=0"));
                if (pids.isEmpty() && !isRoot()) {
                    // per user, not per tree: generous, so that it only stops a fork bomb
                    wrapped.add("--nproc=" + 4 * PROCESSES_AND_THREADS);
                }
                wrapped.add("--");
            }
            wrapped.addAll(command);
            return wrapped;
        }

        /** Which limit the runner ran into, in words a student understands, if the kernel counted a hit. */
        Optional<String> hit() {
            List<String> hits = new ArrayList<>();
            if (pids.isPresent() && counter(pids.get().resolve("pids.events"), "max") > 0) {
                hits.add("tried to run more than " + PROCESSES_AND_THREADS + " processes and threads at once");
            }
            if (memory.isPresent()) {
                // v1 counts every time the group reached its limit in memory.failcnt; v2 in memory.events
                Path v1 = memory.get().resolve("memory.failcnt");
                boolean reached = Files.exists(v1) ? counter(v1, null) > 0
                        : counter(memory.get().resolve("memory.events"), "max") + counter(memory.get().resolve("memory.events"), "oom_kill") > 0;
                if (reached) {
                    hits.add("used all " + (MEMORY_BYTES >> 30) + " GiB of memory it may use (its own JVM and every process it started)");
                }
            }
            return hits.isEmpty() ? Optional.empty() : Optional.of("Your code " + String.join(" and ", hits) + ".");
        }

        /**
         * How many processes of this group outlived the runner (after a short grace for those still
         * exiting), having killed every one of them.
         */
        int killAll() {
            if (pids.isEmpty()) {
                return 0;
            }
            long grace = System.nanoTime() + 2_000_000_000L;
            while (!members().isEmpty() && System.nanoTime() < grace) {
                sleepBriefly();
            }
            int found = members().size();
            long deadline = System.nanoTime() + 10_000_000_000L;
            for (List<Long> alive = members(); !alive.isEmpty() && System.nanoTime() < deadline; alive = members()) {
                alive.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
                sleepBriefly();
            }
            return found;
        }

        /** The group's processes that are not already dead (a zombie waits only to be reaped). */
        private List<Long> members() {
            try {
                return Files.readAllLines(pids.get().resolve("cgroup.procs")).stream()
                        .filter(s -> !s.isBlank()).map(Long::parseLong).filter(Reaper::running).toList();
            } catch (IOException e) {
                return List.of();
            }
        }

        @Override
        public void close() {
            killAll();
            pids.ifPresent(Limits::removeQuietly);
            memory.filter(m -> !m.equals(pids.orElse(null))).ifPresent(Limits::removeQuietly);
        }
    }

    /** A counter from a control group's file: the line "name value", or the file's single number for a null name. */
    private static long counter(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+");
                if (name == null && parts.length == 1 && !parts[0].isEmpty()) {
                    return Long.parseLong(parts[0]);
                }
                if (parts.length == 2 && parts[0].equals(name)) {
                    return Long.parseLong(parts[1]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no such counter: nothing was counted
        }
        return 0;
    }

    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void removeQuietly(Path group) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Files.deleteIfExists(group);
                return;
            } catch (IOException busy) {
                // the last processes are still leaving the group
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
