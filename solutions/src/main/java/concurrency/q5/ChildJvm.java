package concurrency.q5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a child JVM that runs a main class of this class path, and waits for it. */
final class ChildJvm {
    /** Far longer than a healthy child needs; only a stuck child reaches it. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A child that does little work starts fastest without the big JIT and with a small heap. */
    private static final List<String> LEAN = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-XX:-UsePerfData", "-Xmx64m");

    private final Process process;
    private final Thread stderrDrain;
    private final StringBuilder stderr = new StringBuilder();

    private ChildJvm(Process process) {
        this.process = process;
        // A child that fills the stderr pipe blocks until someone reads it: always drain it.
        this.stderrDrain = new Thread(() -> drain(process.getErrorStream()), "drain-stderr-" + process.pid());
        stderrDrain.setDaemon(true);
        stderrDrain.start();
    }

    /** Starts {@code mainClass} with {@code args} in a new JVM; stdin and stdout are pipes to this JVM. */
    static ChildJvm start(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LEAN);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM for " + mainClass.getName(), e);
        }
    }

    Process process() {
        return process;
    }

    /** Waits for the child to exit (killing it if it overruns) and fails unless it exited with 0. */
    void awaitSuccess() throws InterruptedException {
        try {
            if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("child JVM " + process.pid() + " did not finish within " + PATIENCE);
            }
            stderrDrain.join(PATIENCE.toMillis());
            if (process.exitValue() != 0) {
                throw new IllegalStateException("child JVM " + process.pid() + " exited with " + process.exitValue()
                        + ": " + stderr());
            }
        } finally {
            kill();
        }
    }

    /** Stops the child (and anything it started) if it still runs; harmless once it has exited. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private String stderr() {
        synchronized (stderr) {
            return stderr.toString().strip();
        }
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (stderr) {
                    if (stderr.length() < 64 * 1024) {
                        stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException closed) {
            // the child is gone
        }
    }
}
