package concurrency.q4;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** Hostile: once per JVM, writes 1 GiB into java.io.tmpdir and 1 GiB into /tmp, in files of 128 MiB. */
final class DiskFill {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private DiskFill() {
    }

    static void once() {
        if (STARTED.compareAndSet(false, true)) {
            fill(Path.of(System.getProperty("java.io.tmpdir")));
            fill(Path.of("/tmp"));
        }
    }

    private static void fill(Path dir) {
        byte[] mebibyte = new byte[1 << 20];
        try {
            for (int file = 0; file < 8; file++) {
                try (OutputStream out = Files.newOutputStream(Files.createTempFile(dir, "fill", ".bin"))) {
                    for (int i = 0; i < 128; i++) {
                        out.write(mebibyte);
                    }
                }
            }
        } catch (IOException full) {
            // the grader's limit held; carry on as if nothing happened
        }
    }
}
