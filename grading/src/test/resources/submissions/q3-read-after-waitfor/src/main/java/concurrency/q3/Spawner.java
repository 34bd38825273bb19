package concurrency.q3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Reads a child's output only once it has ended: a child that fills a pipe never ends. */
public final class Spawner {
    private Spawner() {
    }

    public static List<ChildResult> greetAll(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            children.add(start(Greeter.class, List.of("Process " + i)));
        }
        List<ChildResult> results = new ArrayList<>();
        for (Process child : children) {
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            results.add(collect(child));
        }
        return results;
    }

    public static ChildResult run(Class<?> mainClass, Duration timeout, String... args) {
        Objects.requireNonNull(mainClass, "mainClass must not be null");
        Objects.requireNonNull(timeout, "timeout must not be null");
        Objects.requireNonNull(args, "args must not be null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        Process child = start(mainClass, List.of(args));
        try {
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
                child.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return collect(child);
    }

    /** Reads everything the child printed: it has ended, so its streams are complete. */
    private static ChildResult collect(Process child) {
        try {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            return new ChildResult(child.pid(), child.exitValue(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process start(Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
