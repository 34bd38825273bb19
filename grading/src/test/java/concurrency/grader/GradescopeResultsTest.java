package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.runner.Check;
import concurrency.grader.runner.CheckResult;
import java.math.BigDecimal;
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

class GradescopeResultsTest {

    @Test
    @DisplayName("results.json of a full score: the tests add up to exactly the rubric's 100 points, as do the totals")
    void totalsAreTheRubrics(@TempDir Path dir) throws Exception {
        Rubric rubric = Rubric.bundled();
        List<GradedTest> tests = new ArrayList<>();
        int checks = 3;
        for (Rubric.Question question : rubric.questions()) {
            for (var kind : question.kinds().entrySet()) {
                // 3, 4, 5, ... 7 checks: shares of 1/3, 1/7 that a plain division cannot add up exactly
                tests.addAll(Scoring.score(question.id(), kind.getKey(), kind.getValue(), allPassed(checks)));
                checks = checks == 7 ? 3 : checks + 1;
            }
        }
        double max = Points.sum(rubric.questions().stream().mapToDouble(Rubric.Question::maxScore));
        Path file = dir.resolve("results.json");

        GradescopeResults.write(new ScoreSheet(tests, max, Duration.ofSeconds(1)), "Score: 100/100", file,
                Map.of("isolated", true));

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("score").asText()).isEqualTo("100.0");
        assertThat(json.get("max_score").asText()).isEqualTo("100.0");
        BigDecimal scores = BigDecimal.ZERO;
        BigDecimal maxScores = BigDecimal.ZERO;
        for (JsonNode test : json.get("tests")) {
            scores = scores.add(new BigDecimal(test.get("score").asText()));
            maxScores = maxScores.add(new BigDecimal(test.get("max_score").asText()));
            assertThat(new BigDecimal(test.get("max_score").asText()).scale()).as(test.get("name").asText()).isLessThanOrEqualTo(2);
        }
        assertThat(scores).isEqualByComparingTo("100");
        assertThat(maxScores).isEqualByComparingTo("100");
        assertThat(concurrency.grader.classroom.GradescopeSchema.problems(json)).as("Gradescope's format").isEmpty();
    }

    private static RunnerJvm.Report allPassed(int checks) {
        List<Check> plan = IntStream.range(0, checks).mapToObj(i -> new Check("c" + i, "check " + i)).toList();
        Map<String, CheckResult> results = plan.stream().map(c -> new CheckResult(c.id(), true, ""))
                .collect(Collectors.toMap(CheckResult::id, Function.identity()));
        return new RunnerJvm.Report(plan, results, true, false, 0, false, 0, Optional.empty(), Duration.ofSeconds(1), "");
    }
}
