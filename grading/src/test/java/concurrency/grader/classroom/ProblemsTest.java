package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The gradebook's reason for a graded submission: what ended a question abnormally, once per question; ordinary failures are no reason. */
class ProblemsTest {

    @Test
    @DisplayName("a question that was not compiled or did not finish is named once, with its kinds and the first sentence of why")
    void abnormalEndings() {
        GradescopeResult results = new GradescopeResult(50, 100, "", Map.of(), List.of(
                new GradescopeResult.Test("Q5 correctness | all checks", 0, 10, "failed", "Big.java has 51200 KB; at most 256 KB. More.",
                        List.of("q5", "correctness"), "visible"),
                new GradescopeResult.Test("Q5 stress | all checks", 0, 3, "failed", "Big.java has 51200 KB; at most 256 KB. More.",
                        List.of("q5", "stress"), "visible"),
                new GradescopeResult.Test("Q7 correctness | compute", 0, 1, "failed", "Did not finish. The JVM was stopped after its "
                        + "time budget of 40 s: your code probably hangs.\nmore", List.of("q7", "correctness"), "visible"),
                ClassFixtures.failed("q4", "correctness", "adds", 1, "expected 1 but was 2")));

        assertThat(Problems.of(results)).isEqualTo("Q5 correctness/stress: Big.java has 51200 KB; at most 256 KB; "
                + "Q7 correctness: The JVM was stopped after its time budget of 40 s: your code probably hangs");
    }

    @Test
    @DisplayName("ordinary failed checks are no reason")
    void ordinaryFailures() {
        assertThat(Problems.of(ClassFixtures.results(Map.of("q4", ClassFixtures.failed("q4", "stress", "race", 4, ClassFixtures.RACE)),
                Map.of()))).isEmpty();
    }
}
