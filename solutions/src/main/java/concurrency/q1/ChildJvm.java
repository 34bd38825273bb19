package concurrency.q1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A running child JVM executing {@link WorkloadChild} on this JVM's class path. Both of its output
 * streams are drained by threads of their own from the start, so a child never blocks on a full pipe.
 */
final class ChildJvm {
    /** Lean settings: a child does little work, so it should start fast and take little memory. */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx64m");

    private final Process process;
    private final CompletableFuture<String> stdout;
    private final CompletableFuture<String> stderr;

    private ChildJvm(Process process) {
        this.process = process;
        this.stdout = drain(process.getInputStream(), "stdout");
        this.stderr = drain(process.getErrorStream(), "stderr");
    }

    /** Starts a child JVM running {@link WorkloadChild} with {@code args}. */
    static ChildJvm start(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WorkloadChild.class.getName()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close(); // the child reads nothing: its input ends at once
            return new ChildJvm(process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a child JVM", e);
        }
    }

    /** Waits for the child to end and returns its exit status; its output has then been read completely. */
    int waitFor() throws InterruptedException {
        try {
            int status = process.waitFor();
            stdout.join();
            stderr.join();
            return status;
        } finally {
            process.destroyForcibly();
        }
    }

    /** The lines the child printed on stdout; call after {@link #waitFor()} succeeded with status 0. */
    List<String> outputLines() {
        return stdout.join().lines().toList();
    }

    /** Waits for a child whose work must succeed and returns what it printed, line by line. */
    List<String> resultLines() throws InterruptedException {
        int status = waitFor();
        if (status != 0) {
            throw new IllegalStateException("a child JVM failed with exit status " + status + ": " + stderr.join().strip());
        }
        return outputLines();
    }

    /** Stops a child that is no longer needed (the caller gave up on it). */
    void kill() {
        process.destroyForcibly();
    }

    private static CompletableFuture<String> drain(InputStream stream, String name) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                text.complete(bytes.toString(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                text.completeExceptionally(e);
            }
        }, "child-" + name + "-reader");
        // Daemon: a reader must never keep this JVM alive; it ends on its own when the child's stream closes.
        reader.setDaemon(true);
        reader.start();
        return text;
    }
}
