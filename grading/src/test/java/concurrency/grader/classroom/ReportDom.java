package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a report's rendered DOM must show: its scripts ran without error and every chart drew SVG. */
public final class ReportDom {
    private static final List<String> CHARTS = List.of("chart-totals", "chart-questions", "chart-failed", "chart-races");

    private ReportDom() {
    }

    public static void assertDrawn(String dom) {
        assertThat(problems(dom)).as("the rendered report").isEmpty();
    }

    /** Every way the rendered page falls short, one line each. */
    public static List<String> problems(String dom) {
        List<String> problems = new ArrayList<>();
        String errors = attribute(dom, "data-script-errors");
        if (!"0".equals(errors)) {
            problems.add("script errors: " + errors + " " + text(dom, "script-errors"));
        }
        String expected = attribute(dom, "data-charts-expected");
        String drawn = attribute(dom, "data-charts-drawn");
        if (expected == null || !expected.equals(String.valueOf(CHARTS.size())) || !expected.equals(drawn)) {
            problems.add("charts drawn: " + drawn + " of " + expected + " (the page has " + CHARTS.size() + ")");
        }
        for (String chart : CHARTS) {
            Matcher element = Pattern.compile("<div id=\"" + chart + "\"[^>]*data-drawn=\"true\"[^>]*>(.*?)</svg>", Pattern.DOTALL)
                    .matcher(dom);
            if (!element.find() || !element.group(1).contains("<path")) {
                problems.add(chart + " has no drawn SVG");
            }
        }
        return problems;
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : null;
    }

    private static String text(String dom, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        return m.find() ? m.group(1) : "";
    }
}
