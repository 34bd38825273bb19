package concurrency.grader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of text whose length the writer does not control: a line longer than the limit is
 * handed on cut to the limit (and flagged), and the rest of it is skipped, so one endless line
 * costs the reader a bounded amount of memory.
 */
final class BoundedLines {
    interface Consumer {
        void accept(String line, boolean cut);
    }

    private BoundedLines() {
    }

    static void read(InputStream in, int maxBytes, Consumer each) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean cut = false;
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        each.accept(line.toString(StandardCharsets.UTF_8), cut);
                        line.reset();
                        cut = false;
                    } else if (line.size() < maxBytes) {
                        line.write(b);
                    } else {
                        cut = true;
                    }
                }
            }
        } catch (IOException e) {
            // the process was killed
        }
        if (line.size() > 0 || cut) {
            each.accept(line.toString(StandardCharsets.UTF_8), cut);
        }
    }
}
