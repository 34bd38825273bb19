package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.Rubric;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** feedback.md says what failed and how to reproduce it, counts hidden checks without naming them, and says why when nothing was graded. */
class FeedbackTest {

    @Test
    @DisplayName("a failed check: its question, its points, the grader's message in a code block, and the handout command that reruns it")
    void failedCheck() {
        GradescopeResult results = ClassFixtures.results(Map.of("q4", ClassFixtures.failed("q4", "stress", "NumberListAddRemove", 4,
                ClassFixtures.RACE + "\n```not a fence```")), Map.of());
        Row row = ClassFixtures.row("carol", "", Status.GRADED, "", Optional.of(results), 90);

        String markdown = Feedback.markdown(row, Optional.of(results), Rubric.bundled(), ClassFixtures.QUESTIONS);

        assertThat(markdown).contains("**96 of 100 points**")
                .contains("| Q4 One thread adds, another removes: a list guarded by a lock | 16 / 20 |")
                .contains("## Q4: 16 of 20 points")
                .contains("- NumberListAddRemove (0 of 4)")
                .contains("````text\n" + ClassFixtures.RACE)
                .contains("`mvn test -Pstress -Dgroups=q4`")
                .contains("java -jar tools/grade-preview.jar . --no-sandbox");
        assertThat(markdown).as("questions with full marks get no section").doesNotContain("## Q1");
    }

    @Test
    @DisplayName("a hidden check that failed is counted with its points, never named and never quoted")
    void hiddenCheck() {
        GradescopeResult results = ClassFixtures.results(Map.of("q1", ClassFixtures.hiddenFailed("q1", "correctness",
                "recommend: PROCESSES exactly when isolation", 0.83)), Map.of());
        Row row = ClassFixtures.row("dave", "", Status.GRADED, "", Optional.of(results), 30);

        String markdown = Feedback.markdown(row, Optional.of(results), Rubric.bundled(), ClassFixtures.QUESTIONS);

        assertThat(markdown).contains("1 hidden check failed (0.83 points)").doesNotContain("recommend").doesNotContain("secret answer");
    }

    @Test
    @DisplayName("full marks: the table and a kind word, no failure sections")
    void fullMarks() {
        GradescopeResult results = ClassFixtures.results(Map.of(), Map.of());
        Row row = ClassFixtures.row("alice", "", Status.GRADED, "", Optional.of(results), 30);

        assertThat(Feedback.markdown(row, Optional.of(results), Rubric.bundled(), ClassFixtures.QUESTIONS))
                .contains("**100 of 100 points**").contains("Every check passed.").doesNotContain("## Q");
    }

    @Test
    @DisplayName("a submission that was not graded: no points, the reason, and that the instructor will look")
    void notGraded() {
        Row row = ClassFixtures.row("erin", "", Status.REFUSED, "The zip holds an entry named '../x.java'.", Optional.empty(), 0);

        String markdown = Feedback.markdown(row, Optional.empty(), Rubric.bundled(), ClassFixtures.QUESTIONS);

        assertThat(markdown).contains("**Your submission was not graded.** The zip holds an entry named '../x.java'.")
                .contains("Your instructor sees this too").doesNotContain("points**");
    }
}
