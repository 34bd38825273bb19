package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.runner.Check;
import concurrency.grader.runner.CheckResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hidden checks as the instructor's grader scores them (last shares, after_published in results.json,
 * never named on the console) and as a grade preview that lacks them does (the same public shares,
 * the hidden points stated, not scored).
 */
class HiddenChecksTest {
    private static final Rubric.Item EIGHT = new Rubric.Item(8, 60);

    /** {@code checks} checks, the last {@code hidden} of them hidden (but planned first, to show the order does not matter). */
    private static RunnerJvm.Report report(int checks, int hidden, boolean passed) {
        List<Check> plan = new ArrayList<>();
        IntStream.range(0, hidden).forEach(i -> plan.add(new Check("h" + i, "secret " + i, true)));
        IntStream.range(0, checks - hidden).forEach(i -> plan.add(new Check("c" + i, "check " + i)));
        Map<String, CheckResult> results = plan.stream().map(c -> new CheckResult(c.id(), passed, passed ? "" : "why " + c.id()))
                .collect(Collectors.toMap(CheckResult::id, Function.identity()));
        return new RunnerJvm.Report(plan, results, true, false, 0, false, 0, Optional.empty(), Duration.ofSeconds(1), "");
    }

    @Test
    @DisplayName("the instructor's grader gives hidden checks the last shares and marks them hidden; the public shares come first")
    void hiddenChecksTakeTheLastShares() {
        List<GradedTest> graded = Scoring.score("q4", "correctness", EIGHT, report(7, 2, true));

        assertThat(graded).extracting(GradedTest::maxScore).containsExactly(1.15, 1.15, 1.14, 1.14, 1.14, 1.14, 1.14);
        assertThat(graded).extracting(GradedTest::hidden).containsExactly(false, false, false, false, false, true, true);
        assertThat(graded.get(5).name()).contains("secret 0");
        assertThat(graded).extracting(GradedTest::visibility).endsWith("after_published", "after_published").startsWith("visible");
    }

    @Test
    @DisplayName("a preview without the hidden checks gives every public check the instructor's share and leaves the hidden points out")
    void previewScoresThePublicChecksAlike() {
        HiddenChecks elsewhere = new HiddenChecks(Map.of("q4", Map.of("correctness", new HiddenChecks.Count(7, 2))));
        List<GradedTest> instructor = Scoring.score("q4", "correctness", EIGHT, report(7, 2, true));

        List<GradedTest> preview = Scoring.score("q4", "correctness", EIGHT, report(5, 0, true), elsewhere);

        assertThat(preview).isEqualTo(instructor.subList(0, 5));
        assertThat(elsewhere.points("q4", "correctness", EIGHT)).isEqualTo(2.28);
        assertThat(elsewhere.points("q4", "stress", EIGHT)).as("a kind without hidden checks").isZero();
        assertThat(Points.sum(preview.stream().mapToDouble(GradedTest::maxScore)) + 2.28).isEqualTo(8.0);
        // a question that did not build: the preview's whole line is worth only the public points
        assertThat(Scoring.score("q4", "correctness", EIGHT, new RunnerJvm.Report(List.of(), Map.of(), false, true, 1, false, 0,
                Optional.empty(), Duration.ofSeconds(1), ""), elsewhere)).singleElement()
                .satisfies(t -> assertThat(t.maxScore()).isEqualTo(5.72));
    }

    @Test
    @DisplayName("results.json: a hidden check is after_published, the others visible; the output shows no hidden result")
    void resultsCarryTheVisibility(@TempDir Path dir) throws Exception {
        List<GradedTest> graded = Scoring.score("q4", "correctness", EIGHT, report(7, 2, false));
        ScoreSheet sheet = new ScoreSheet(graded, 8, Duration.ofSeconds(1));
        Path file = dir.resolve("results.json");

        GradescopeResults.write(sheet, ConsoleReport.summary(sheet), file, Map.of("isolated", true));

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<String> visibilities = new ArrayList<>();
        json.get("tests").forEach(t -> visibilities.add(t.get("name").asText().replaceAll(".*\\| ", "") + "=" + t.get("visibility").asText()));
        assertThat(visibilities).contains("secret 0=after_published", "secret 1=after_published", "check 0=visible", "check 4=visible");
        assertThat(json.get("output").asText()).isEqualTo("Score on the checks shown now: 0/5.72; 2 hidden checks worth 2.28 points "
                + "are shown once grades are published");
    }

    @Test
    @DisplayName("the console names no hidden check and shows none of its feedback, only how many failed")
    void consoleKeepsHiddenChecksUnnamed() {
        List<GradedTest> graded = Scoring.score("q4", "correctness", EIGHT, report(7, 2, false));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new ConsoleReport(new PrintStream(bytes, true, StandardCharsets.UTF_8)).failures(new ScoreSheet(graded, 8, Duration.ZERO));

        String console = bytes.toString(StandardCharsets.UTF_8);
        assertThat(console).contains("check 0", "why c0", "2 hidden checks failed").doesNotContain("secret", "why h");
    }

    @Test
    @DisplayName("a preview's summary states the points of the checks it cannot run")
    void previewSummaryStatesTheHiddenPoints() {
        List<GradedTest> graded = Scoring.score("q4", "correctness", EIGHT, report(5, 0, true),
                new HiddenChecks(Map.of("q4", Map.of("correctness", new HiddenChecks.Count(7, 2)))));
        ScoreSheet sheet = new ScoreSheet(graded, 5.72, Duration.ZERO, List.of(new ScoreSheet.Unseen("q4", "correctness", 2, 2.28)));

        assertThat(ConsoleReport.summary(sheet)).isEqualTo("Score: 5.72/5.72; not in this preview: 2 hidden checks worth 2.28 points, "
                + "which only your instructor's grader runs");
    }
}
