// KNOWN-BAD (grader corpus): the children's stderr is thrown away, so a crash leaves no stack trace to report.
package concurrency.q3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/** Starts child JVMs, lets them run at the same time, and collects how each ended. */
public final class Spawner {
    /** Lean settings: the children are small programs, so they should start fast and take little memory. */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx64m");
    /** How long a killed child's output streams get to reach their end. */
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private Spawner() {
    }

    public static List<ChildResult> greetAll(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        // Start every child before waiting for any: they run at the same time.
        List<Child> children = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                children.add(Child.start(Greeter.class, List.of("Process " + i)));
            }
            List<ChildResult> results = new ArrayList<>();
            for (Child child : children) {
                results.add(child.await());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the greeters", e);
        } finally {
            children.forEach(Child::killTree);
        }
    }

    public static ChildResult run(Class<?> mainClass, Duration timeout, String... args) {
        Objects.requireNonNull(mainClass, "mainClass must not be null");
        Objects.requireNonNull(timeout, "timeout must not be null");
        Objects.requireNonNull(args, "args must not be null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        Child child = Child.start(mainClass, List.of(args));
        try {
            if (!child.process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                child.killTree();
            }
            return child.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + mainClass.getName(), e);
        } finally {
            child.killTree();
        }
    }

    /** A started child JVM whose stdout and stderr are read, each by its own thread, while it runs. */
    private static final class Child {
        final Process process;
        final CompletableFuture<String> stdout;
        final CompletableFuture<String> stderr;

        private Child(Process process) {
            this.process = process;
            this.stdout = drain(process.getInputStream(), "stdout");
            this.stderr = drain(process.getErrorStream(), "stderr");
        }

        static Child start(Class<?> mainClass, List<String> args) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
            command.addAll(args);
            try {
                Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                process.getOutputStream().close(); // nothing to say to the child: its stdin ends at once
                return new Child(process);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start a child JVM for " + mainClass.getName(), e);
            }
        }

        /** Waits for the child to end, then for the rest of its output. */
        ChildResult await() throws InterruptedException {
            int status = process.waitFor();
            return new ChildResult(process.pid(), status, rest(stdout), rest(stderr));
        }

        /**
         * Kills the child and everything it started. The descendants are listed first: once the child is
         * dead, its children are re-parented and can no longer be found from here.
         */
        void killTree() {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            process.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
            tree.add(process.toHandle());
            // Poll rather than onExit(): for a process that is not our child, onExit() notices the end late.
            long deadline = System.nanoTime() + AFTER_KILL.toNanos();
            while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }

        private static String rest(CompletableFuture<String> text) throws InterruptedException {
            try {
                return text.get(AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return "";
            }
        }

        private static CompletableFuture<String> drain(InputStream stream, String name) {
            CompletableFuture<String> text = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (stream) {
                    stream.transferTo(bytes);
                } catch (IOException closed) {
                    // the child was killed: keep what it printed until then
                }
                text.complete(bytes.toString(StandardCharsets.UTF_8));
            }, "child-" + name + "-reader");
            // Daemon: a reader ends by itself when the stream closes and must never keep this JVM alive.
            reader.setDaemon(true);
            reader.start();
            return text;
        }
    }
}
