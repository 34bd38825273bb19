package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
    private record Line(String text, boolean cut) {
    }

    private static List<Line> read(InputStream in, int max) {
        List<Line> lines = new ArrayList<>();
        BoundedLines.read(in, max, (text, cut) -> lines.add(new Line(text, cut)));
        return lines;
    }

    @Test
    @DisplayName("short lines come through whole, the last one without a newline too")
    void shortLines() {
        assertThat(read(new ByteArrayInputStream("one\ntwo\nthree".getBytes(StandardCharsets.UTF_8)), 10))
                .containsExactly(new Line("one", false), new Line("two", false), new Line("three", false));
    }

    @Test
    @DisplayName("a line over the limit is cut to the limit and flagged; the next line is read as usual")
    void longLineIsCut() {
        String text = "x".repeat(100) + "\nnext\n";
        assertThat(read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10))
                .containsExactly(new Line("x".repeat(10), true), new Line("next", false));
    }

    @Test
    @DisplayName("an endless line costs bounded memory: 1 GiB without a newline ends as one cut line")
    void endlessLine() {
        InputStream endless = new InputStream() {
            private long left = 1L << 30;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        List<Line> lines = read(endless, 1 << 20);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).cut()).isTrue();
        assertThat(lines.get(0).text()).hasSize(1 << 20);
    }
}
