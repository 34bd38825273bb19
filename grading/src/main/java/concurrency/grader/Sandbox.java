package concurrency.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a runner JVM is confined. With bubblewrap: no network, no capabilities, a private PID
 * namespace (killing the sandbox kills everything in it, detached or not), and a file system that
 * shows only what the run needs: the system's programs and libraries, the JDK, the jars and class
 * directories of this run (read-only), a run directory and a {@code /tmp} of bounded size in
 * memory. Nothing else of the grading machine is there to read: not the work directory, not the
 * bundled reference, not the submission's sources, not another student's files.
 *
 * <p>Without bubblewrap there is no confinement at all beyond a separate process, a clean
 * environment, resource limits and the reaper. That mode must be asked for ({@code --no-sandbox})
 * and is stated in the results.
 */
interface Sandbox {
    /** Size of the in-memory run directory and of {@code /tmp} inside the sandbox. */
    long RUN_DIR_BYTES = 512L << 20;
    long TMP_BYTES = 256L << 20;
    long SHM_BYTES = 64L << 20;

    /**
     * The command that runs {@code command} confined.
     *
     * @param readOnly what this run needs to read besides the system and the JDK: its jars and class directories
     */
    List<String> wrap(List<String> command, Path runDir, List<Path> readOnly);

    boolean isolated();

    String describe();

    /**
     * bubblewrap if it is installed and can start {@code java} in the sandbox; otherwise what went
     * wrong. bubblewrap before 0.7 cannot size a tmpfs: the sandbox then works with unsized ones.
     */
    static Either bubblewrap(Path javaHome, Path probeDir) {
        String home;
        try {
            home = javaHome.toRealPath().toString();
        } catch (IOException e) {
            return new Either(java.util.Optional.empty(), "the JDK at " + javaHome + " cannot be read: " + e.getMessage());
        }
        String problem = "";
        for (boolean sized : new boolean[] {true, false}) {
            Bubblewrap bubblewrap = new Bubblewrap(home, sized);
            problem = bubblewrap.problemRunning(javaHome.resolve("bin").resolve("java"), probeDir);
            if (problem.isEmpty()) {
                return new Either(java.util.Optional.of(bubblewrap), "");
            }
        }
        return new Either(java.util.Optional.empty(), problem);
    }

    /** A sandbox, or why there is none. */
    record Either(java.util.Optional<Sandbox> sandbox, String problem) {
    }

    /** No confinement beyond a separate process, a clean environment, resource limits and the reaper. */
    record Plain() implements Sandbox {
        @Override
        public List<String> wrap(List<String> command, Path runDir, List<Path> readOnly) {
            return command;
        }

        @Override
        public boolean isolated() {
            return false;
        }

        @Override
        public String describe() {
            return "none (--no-sandbox): student code ran as plain child processes that could read and write "
                    + "whatever this user can; use these results only for your own code";
        }
    }

    /** bubblewrap, from the Debian package of the same name. */
    record Bubblewrap(String javaHome, boolean sized) implements Sandbox {
        /** Directories that are symbolic links into /usr on merged-/usr systems, and whole directories elsewhere. */
        private static final List<String> SYSTEM_DIRS = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
        /** What the JVM and a shell read from /etc; never /etc/shadow or anything else of the machine. */
        private static final List<String> ETC_FILES = List.of("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
                "/etc/alternatives", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/localtime", "/etc/timezone");

        /** "" if {@code java -version} runs in this sandbox, else what bubblewrap or java said. */
        String problemRunning(Path java, Path probeDir) {
            try {
                Path run = Files.createDirectories(probeDir.resolve("sandbox-probe"));
                Process probe = new ProcessBuilder(wrap(List.of(java.toString(), "-version"), run, List.of()))
                        .redirectErrorStream(true).start();
                byte[] said = probe.getInputStream().readNBytes(4096);
                if (!probe.waitFor(30, TimeUnit.SECONDS)) {
                    probe.destroyForcibly();
                    return "bwrap did not start java within 30 s";
                }
                return probe.exitValue() == 0 ? "" : new String(said, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                return e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        private void tmpfs(List<String> into, long bytes, String where) {
            if (sized) {
                into.addAll(List.of("--size", Long.toString(bytes)));
            }
            into.addAll(List.of("--tmpfs", where));
        }

        @Override
        public List<String> wrap(List<String> command, Path runDir, List<Path> readOnly) {
            String run = runDir.toAbsolutePath().toString();
            List<String> wrapped = new ArrayList<>(List.of("bwrap",
                    "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                    "--ro-bind", "/usr", "/usr"));
            for (String dir : SYSTEM_DIRS) {
                Path path = Path.of(dir);
                if (Files.isSymbolicLink(path)) {
                    try {
                        wrapped.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), dir));
                    } catch (IOException e) {
                        // an unreadable link: leave it out
                    }
                } else {
                    wrapped.addAll(List.of("--ro-bind-try", dir, dir));
                }
            }
            for (String file : ETC_FILES) {
                wrapped.addAll(List.of("--ro-bind-try", file, file));
            }
            // Debian's JDKs link their configuration into /etc/java-NN-openjdk.
            try (var etc = Files.newDirectoryStream(Path.of("/etc"), "java*")) {
                etc.forEach(dir -> wrapped.addAll(List.of("--ro-bind-try", dir.toString(), dir.toString())));
            } catch (IOException e) {
                // no /etc/java*: a JDK that keeps its configuration at home
            }
            wrapped.addAll(List.of("--ro-bind", javaHome, javaHome,
                    "--proc", "/proc",
                    // as root, the sandbox's uid 0 is the machine's: kernel settings must not be writable
                    "--ro-bind", "/proc/sys", "/proc/sys", "--ro-bind-try", "/proc/sysrq-trigger", "/proc/sysrq-trigger",
                    "--ro-bind-try", "/proc/irq", "/proc/irq", "--ro-bind-try", "/proc/bus", "/proc/bus",
                    "--dev", "/dev"));
            tmpfs(wrapped, SHM_BYTES, "/dev/shm");
            tmpfs(wrapped, TMP_BYTES, "/tmp");
            for (Path path : readOnly) {
                String absolute = path.toAbsolutePath().toString();
                wrapped.addAll(List.of("--ro-bind", absolute, absolute));
            }
            tmpfs(wrapped, RUN_DIR_BYTES, run);
            // the sandbox's own root and /dev are tmpfs mounts too: read-only, so that only the sized places take writes
            wrapped.addAll(List.of("--dir", run + "/tmp", "--remount-ro", "/dev", "--remount-ro", "/", "--chdir", run, "--"));
            wrapped.addAll(command);
            return wrapped;
        }

        @Override
        public boolean isolated() {
            return true;
        }

        @Override
        public String describe() {
            return "bubblewrap (no network, private PID namespace, only the run's own files visible, run directory and /tmp "
                    + (sized ? "in bounded memory)" : "in memory, unbounded: bubblewrap before 0.7 cannot size them)");
        }
    }
}
