package concurrency.grader.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * report.html, for the instructor: one self-contained file that opens offline. The numbers are worked out here
 * ({@link ClassStatistics}); the page is the template {@code classroom/report.html.ftlh}, which escapes every
 * value; the charts are drawn by Apache ECharts, inlined, from a JSON block the page's own script reads. A content
 * security policy lets the page load nothing from anywhere and run only its own three scripts (by hash), so even a
 * name or message that slipped through as markup could not run.
 */
final class ClassReport {
    static final String FILE = "report.html";
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/%s/dist/echarts.min.js";

    /** What the template shows; {@code data} is the charts' JSON, {@code scripts} the page's inline scripts. */
    record Model(String title, String generated, String grader, ClassStatistics.Summary summary, List<ClassStatistics.StatusCount> statuses,
                 List<ClassStatistics.QuestionStats> questions, List<ClassStatistics.FailedCheck> failedChecks,
                 List<ClassStatistics.RaceCaught> races, List<ClassStatistics.Identical> identical,
                 List<ClassStatistics.Identical> identicalQuestions, List<ClassStatistics.Slow> slowest,
                 List<ClassStatistics.Line> rows, String data, Scripts scripts, String policy) {
    }

    /** The page's inline scripts, and the content security policy that allows exactly them. */
    record Scripts(String errors, String echarts, String report) {
    }

    private ClassReport() {
    }

    static String html(List<ClassStatistics.Graded> graded, Rubric rubric, List<String> questions, String graderVersion, String generated) {
        ClassStatistics stats = new ClassStatistics(graded, rubric, questions);
        Scripts scripts = new Scripts(resource("/classroom/report-errors.js"), inlineSafe(echarts()), resource("/classroom/report.js"));
        String policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src "
                + String.join(" ", List.of(hash(scripts.errors()), hash(scripts.echarts()), hash(scripts.report())));
        Model model = new Model("Concurrency assignment: class report", generated, graderVersion, stats.summary(), stats.statuses(),
                stats.questions(), stats.failedChecks(), stats.races(), stats.identical(), stats.identicalQuestions(),
                stats.slowest(), stats.lines(), chartData(stats), scripts, policy);
        return Templates.render("report.html.ftlh", model);
    }

    /** The charts' numbers, as JSON that is safe inside a script element (no {@code <}, {@code >}, {@code &}). */
    private static String chartData(ClassStatistics stats) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("totals", stats.histogram());
        data.put("questions", stats.questionChart());
        data.put("races", stats.raceChart());
        data.put("failed", stats.failedChart());
        ObjectMapper json = new ObjectMapper();
        json.getFactory().setCharacterEscapes(new HtmlSafe());
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String echarts() {
        Properties versions = new Properties();
        try (InputStream in = ClassReport.class.getResourceAsStream("/concurrency/grader/classroom/libraries.properties")) {
            versions.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("libraries.properties is missing from the grader: build it with mvn package", e);
        }
        String path = String.format(Locale.ROOT, ECHARTS, versions.getProperty("echarts.version"));
        try (InputStream in = ClassReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the grader: build it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ClassReport.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A script element ends at the first {@code </script}; written {@code <\/script} it means the same to JavaScript. */
    static String inlineSafe(String script) {
        return script.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT");
    }

    /** The CSP source for one inline script: its SHA-256, as the browser computes it over the element's text. */
    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Escapes what could end a script element or start markup, as {@code \u003C} and so on. */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
