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
                // whole runs of bytes at a time: a flood of output must cost the grader little processor time
                for (int start = 0; start < n; ) {
                    int end = indexOfNewline(buffer, start, n);
                    int kept = Math.min(end - start, maxBytes - line.size());
                    line.write(buffer, start, kept);
                    cut |= kept < end - start;
                    if (end == n) {
                        break;
                    }
                    each.accept(line.toString(StandardCharsets.UTF_8), cut);
                    line.reset();
                    cut = false;
                    start = end + 1;
                }
            }
        } catch (IOException e) {
            // the process was killed
        }
        if (line.size() > 0 || cut) {
            each.accept(line.toString(StandardCharsets.UTF_8), cut);
        }
    }

    /** The index of the first newline in {@code buffer[from, to)}, or {@code to} if there is none. */
    private static int indexOfNewline(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return to;
    }
}
