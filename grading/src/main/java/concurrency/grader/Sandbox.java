package concurrency.grader;

import java.io.IOException;
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

    /**
     * The command that runs {@code command} confined.
     *
     * @param readOnly what this run needs to read besides the system and the JDK: its jars and class directories
     */
    List<String> wrap(List<String> command, Path runDir, List<Path> readOnly);

    boolean isolated();

    String describe();

    /** bubblewrap if it is installed and can start {@code java} in the sandbox; empty otherwise. */
    static java.util.Optional<Sandbox> bubblewrap(Path javaHome, Path probeDir) {
        Bubblewrap bubblewrap;
        try {
            bubblewrap = new Bubblewrap(javaHome.toRealPath().toString());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return bubblewrap.canRun(javaHome.resolve("bin").resolve("java"), probeDir)
                ? java.util.Optional.of(bubblewrap) : java.util.Optional.empty();
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
    record Bubblewrap(String javaHome) implements Sandbox {
        /** Directories that are symbolic links into /usr on merged-/usr systems, and whole directories elsewhere. */
        private static final List<String> SYSTEM_DIRS = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
        /** What the JVM and a shell read from /etc; never /etc/shadow or anything else of the machine. */
        private static final List<String> ETC_FILES = List.of("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
                "/etc/alternatives", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/localtime", "/etc/timezone");

        boolean canRun(Path java, Path probeDir) {
            try {
                Path run = Files.createDirectories(probeDir.resolve("sandbox-probe"));
                Process probe = new ProcessBuilder(wrap(List.of(java.toString(), "-version"), run, List.of()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!probe.waitFor(30, TimeUnit.SECONDS)) {
                    probe.destroyForcibly();
                    return false;
                }
                return probe.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
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
                    "--proc", "/proc", "--dev", "/dev",
                    "--size", Long.toString(TMP_BYTES), "--tmpfs", "/tmp"));
            for (Path path : readOnly) {
                String absolute = path.toAbsolutePath().toString();
                wrapped.addAll(List.of("--ro-bind", absolute, absolute));
            }
            wrapped.addAll(List.of("--size", Long.toString(RUN_DIR_BYTES), "--tmpfs", run, "--dir", run + "/tmp",
                    "--chdir", run, "--"));
            wrapped.addAll(command);
            return wrapped;
        }

        @Override
        public boolean isolated() {
            return true;
        }

        @Override
        public String describe() {
            return "bubblewrap (no network, private PID namespace, only the run's own files visible, "
                    + "run directory and /tmp in bounded memory)";
        }
    }
}
