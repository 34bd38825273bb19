package concurrency.q4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** Hostile: once per JVM, starts a child JVM that touches 5 GiB of heap at once. */
final class MemoryHog {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private MemoryHog() {
    }

    static void once() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            new ProcessBuilder(java, "-Xms5g", "-Xmx5g", "-XX:+AlwaysPreTouch", "-XX:+UseSerialGC", "-version")
                    .inheritIO().start().waitFor();
        } catch (IOException e) {
            // no memory for it: carry on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
