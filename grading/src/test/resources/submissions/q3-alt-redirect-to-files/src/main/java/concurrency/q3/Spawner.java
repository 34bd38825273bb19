package concurrency.q3;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A correct alternative: each child writes straight into two temporary files (no pipe to fill, no
 * reader threads), which are read once it has ended; a child that overruns is killed leaves first.
 */
public final class Spawner {
    private Spawner() {
    }

    /** A child process and the files its output goes to. */
    private record Child(Process process, File out, File err) {
        ChildResult result() throws IOException {
            try {
                return new ChildResult(process.pid(), process.exitValue(),
                        Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
            } finally {
                out.delete();
                err.delete();
            }
        }
    }

    public static List<ChildResult> greetAll(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("greetAll: n < 0 (" + n + ")");
        }
        try {
            Child[] children = new Child[n];
            for (int i = 0; i < n; i++) {
                children[i] = start(Greeter.class, new String[] {"Process " + i});
            }
            List<ChildResult> results = new ArrayList<>();
            for (Child child : children) {
                child.process().waitFor();
                results.add(child.result());
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ChildResult run(Class<?> mainClass, Duration timeout, String... args) {
        if (mainClass == null || timeout == null || args == null) {
            throw new NullPointerException(mainClass == null ? "mainClass is null" : timeout == null ? "timeout is null" : "args is null");
        }
        if (timeout.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("timeout must be > 0");
        }
        try {
            Child child = start(mainClass, args);
            if (!child.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killLeavesFirst(child.process().toHandle());
                child.process().waitFor();
            }
            return child.result();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills the children of {@code process} (recursively), then the process itself. */
    private static void killLeavesFirst(ProcessHandle process) {
        process.children().forEach(Spawner::killLeavesFirst);
        process.destroyForcibly();
        process.onExit().join();
    }

    private static Child start(Class<?> mainClass, String[] args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        File out = File.createTempFile("child", ".out");
        File err = File.createTempFile("child", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        return new Child(process, out, err);
    }
}
