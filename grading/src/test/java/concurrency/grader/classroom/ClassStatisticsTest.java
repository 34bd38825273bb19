package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.Rubric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report's numbers, on a class small enough to work out by hand. */
class ClassStatisticsTest {
    private final ClassStatistics stats = new ClassStatistics(ClassFixtures.smallClass(), Rubric.bundled(), ClassFixtures.QUESTIONS);

    @Test
    @DisplayName("the totals of the graded submissions only: mean, median, and the histogram in tenths of the points")
    void totals() {
        // 100, 100, 96, 99.17, 97 (the refused zip has no total)
        assertThat(stats.summary().scored()).isEqualTo(5);
        assertThat(stats.summary().mean()).isEqualTo("98.4");
        assertThat(stats.summary().median()).isEqualTo("99.2");
        Map<String, Object> histogram = stats.histogram();
        assertThat((long[]) histogram.get("counts")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 5);
        assertThat(histogram.get("labels").toString()).startsWith("[0–10,").endsWith(", 90–100]");
    }

    @Test
    @DisplayName("per question: mean, spread, full marks, and the five numbers of its box in percent")
    void questions() {
        ClassStatistics.QuestionStats q4 = stats.questions().get(3);
        assertThat(q4.id()).isEqualTo("Q4");
        assertThat(q4.graded()).isEqualTo(5);
        assertThat(q4.mean()).isEqualTo("19.2");
        assertThat(q4.full()).isEqualTo(4);
        assertThat(q4.spread()).isEqualTo("1.8");
        List<?> boxes = (List<?>) stats.questionChart().get("boxes");
        assertThat((double[]) boxes.get(3)).containsExactly(80.0, 100.0, 100.0, 100.0, 100.0);
    }

    @Test
    @DisplayName("a race a stress test caught is counted with who it caught; a failed hidden check counts among failed checks")
    void racesAndFailures() {
        assertThat(stats.races()).singleElement().satisfies(race -> {
            assertThat(race.name()).isEqualTo("Q4 stress | NumberListAddRemove");
            assertThat(race.students()).isEqualTo(1);
            assertThat(race.names()).containsExactly("carol");
            assertThat(race.example()).contains("forbidden outcomes");
        });
        assertThat(stats.failedChecks()).extracting(ClassStatistics.FailedCheck::name).contains("Q4 stress | NumberListAddRemove",
                "Q1 correctness | recommend: PROCESSES exactly when isolation");
    }

    @Test
    @DisplayName("identical classes: whole submissions, and per question, never counting the untouched template")
    void identical() {
        assertThat(stats.identical()).singleElement().satisfies(group -> assertThat(group.names()).containsExactly("alice", "bob"));
        assertThat(stats.identicalQuestions()).filteredOn(group -> group.question().equals("Q1"))
                .singleElement().satisfies(group -> assertThat(group.names()).containsExactly("alice", "bob", "carol"));
        assertThat(stats.identicalQuestions()).filteredOn(group -> group.question().equals("Q4"))
                .singleElement().satisfies(group -> assertThat(group.names()).containsExactly("alice", "bob", "dave"));
    }

    @Test
    @DisplayName("the slowest gradings come first; statuses are counted, and every one but graded is named")
    void slowestAndStatuses() {
        assertThat(stats.slowest()).extracting(ClassStatistics.Slow::name).startsWith("carol", "alice", "dave");
        assertThat(stats.statuses()).extracting(ClassStatistics.StatusCount::status).containsExactly("graded", "refused");
        assertThat(stats.statuses().get(1).names()).containsExactly("erin.zip");
    }

    @Test
    @DisplayName("quantiles and the spread follow the usual definitions")
    void arithmetic() {
        List<Double> values = List.of(1.0, 2.0, 3.0, 4.0);
        assertThat(ClassStatistics.quantile(values, 0.5)).isEqualTo(2.5);
        assertThat(ClassStatistics.quantile(values, 0.25)).isEqualTo(1.75);
        assertThat(ClassStatistics.quantile(List.of(), 0.5)).isZero();
        assertThat(ClassStatistics.spread(values)).isCloseTo(1.291, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ClassStatistics.spread(List.of(5.0))).isZero();
    }
}
