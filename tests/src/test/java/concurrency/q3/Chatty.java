package concurrency.q3;

import java.io.PrintStream;

/**
 * A child main for the tests: prints {@link #LINES} lines of {@link #LINE} on stdout and as many on
 * stderr, alternating in blocks. Its output is far larger than a pipe holds (64 KiB on Linux), so a
 * parent that does not read both streams while it runs leaves it blocked in a write forever.
 */
public final class Chatty {
    static final String LINE = "0123456789".repeat(10);
    static final int LINES = 20_000;
    private static final int BLOCK = 1_000;

    private Chatty() {
    }

    public static void main(String[] args) {
        for (int block = 0; block < LINES / BLOCK; block++) {
            print(System.out);
            print(System.err);
        }
    }

    private static void print(PrintStream stream) {
        for (int i = 0; i < BLOCK; i++) {
            stream.println(LINE);
        }
        stream.flush();
    }
}
