package concurrency.q4;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hostile: once per JVM, writes lines that never end: to the runner's own stdout (where the grader
 * reads its reports) and to stderr, from two threads, until the JVM is stopped.
 */
final class EndlessLine {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private EndlessLine() {
    }

    static void once() {
        if (STARTED.compareAndSet(false, true)) {
            endless("/dev/stdout");
            endless("/dev/stderr");
        }
    }

    private static void endless(String device) {
        Thread writer = new Thread(() -> {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            try (OutputStream out = new FileOutputStream(device)) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException closed) {
                // the grader stopped reading
            }
        });
        writer.setDaemon(true);
        writer.start();
    }
}
