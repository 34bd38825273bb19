package concurrency.grader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a runner JVM is confined. With bubblewrap: no network, a private PID namespace (killing the
 * sandbox kills everything in it, detached or not), the whole file system read-only except the
 * run's own directory. Without it: a plain child process, cleaned up by {@link Reaper}.
 */
interface Sandbox {
    List<String> wrap(List<String> command, Path runDir);

    String describe();

    /**
     * bubblewrap if it is installed and can start {@code java} in the sandbox, else plain processes.
     *
     * @param readOnly what the runner needs besides the work directory (the grader's jars, the JDK),
     *                 visible read-only even where it lies under /tmp
     */
    static Sandbox detect(boolean allowBubblewrap, Path workDir, List<Path> readOnly, Path java) {
        if (allowBubblewrap) {
            Bubblewrap bubblewrap = new Bubblewrap(workDir, readOnly);
            if (bubblewrap.canRun(List.of(java.toString(), "-version"))) {
                return bubblewrap;
            }
        }
        return new Plain();
    }

    /** No confinement beyond a separate process, a clean environment and the reaper. */
    record Plain() implements Sandbox {
        @Override
        public List<String> wrap(List<String> command, Path runDir) {
            return command;
        }

        @Override
        public String describe() {
            return "plain child processes (bubblewrap not available: no network or file-system isolation)";
        }
    }

    /** bubblewrap, from the Debian package of the same name. */
    record Bubblewrap(Path workDir, List<Path> readOnly) implements Sandbox {
        boolean canRun(List<String> command) {
            try {
                Process probe = new ProcessBuilder(wrap(command, workDir))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!probe.waitFor(20, TimeUnit.SECONDS)) {
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
        public List<String> wrap(List<String> command, Path runDir) {
            String work = workDir.toAbsolutePath().toString();
            String run = runDir.toAbsolutePath().toString();
            List<String> wrapped = new ArrayList<>(List.of("bwrap",
                    "--unshare-all", "--die-with-parent", "--new-session",
                    "--ro-bind", "/", "/",
                    "--dev", "/dev",
                    "--proc", "/proc",
                    "--tmpfs", "/tmp"));
            for (Path path : readOnly) {
                String absolute = path.toAbsolutePath().toString();
                wrapped.addAll(List.of("--ro-bind-try", absolute, absolute));
            }
            wrapped.addAll(List.of("--ro-bind", work, work, "--bind", run, run, "--chdir", run, "--"));
            wrapped.addAll(command);
            return wrapped;
        }

        @Override
        public String describe() {
            return "bubblewrap (no network, private PID namespace, read-only file system outside the run directory)";
        }
    }
}
