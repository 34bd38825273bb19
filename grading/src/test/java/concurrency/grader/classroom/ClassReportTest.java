package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import concurrency.grader.Rubric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html: self-contained, escaped, locked down by its content security policy, and drawn by a real browser. */
class ClassReportTest {
    private static final String HTML = ClassReport.html(ClassFixtures.smallClass(), Rubric.bundled(), ClassFixtures.QUESTIONS,
            "grader 1.0-test", "2026-12-03 10:00 UTC");

    @Test
    @DisplayName("a student's name or message is text on the page, never markup, and the chart data cannot end its script element")
    void escaped() {
        assertThat(HTML).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x")
                .contains("expected &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        String data = between(HTML, "<script type=\"application/json\" id=\"report-data\">", "</script>");
        assertThat(data).doesNotContain("<").doesNotContain(">").contains("\\u003C");
    }

    @Test
    @DisplayName("the page loads nothing from anywhere and runs exactly its own three scripts, each allowed by its hash")
    void contentSecurityPolicy() {
        // the attribute's value, as the browser reads it
        String policy = between(HTML, "http-equiv=\"Content-Security-Policy\" content=\"", "\"").replace("&#39;", "'");
        assertThat(policy).startsWith("default-src 'none';");
        Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(HTML);
        int count = 0;
        while (scripts.find()) {
            assertThat(policy).contains(ClassReport.hash(scripts.group(1)));
            count++;
        }
        assertThat(count).isEqualTo(3);
        assertThat(HTML).doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    @DisplayName("in headless chromium: no script error, every chart drawn as SVG, the hostile name shown as text")
    void drawnInABrowser(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), Chromium.MISSING);
        Path page = Files.writeString(dir.resolve("report.html"), HTML);

        String dom = Chromium.dom(chromium.get(), page, dir);

        ReportDom.assertDrawn(dom);
        assertThat(dom).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    @DisplayName("the browser check itself fails on a page whose script breaks")
    void brokenPageIsCaught(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), Chromium.MISSING);
        String broken = HTML.replace("draw('chart-races'", "undefinedFunction('chart-races'");
        Path page = Files.writeString(dir.resolve("report.html"), broken);

        String dom = Chromium.dom(chromium.get(), page, dir);

        assertThat(ReportDom.problems(dom)).isNotEmpty();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
