package concurrency.grader;

import java.util.List;

/**
 * One line of the score sheet: a check of one question and kind, with its share of the points.
 * {@code passed} is kept apart from the score because a kind may be worth 0 points (advice only,
 * where the spec's table gives it none) and still fail. A {@code hidden} check counts like any other
 * but is shown to students only once the grades are published (Gradescope's {@code after_published}).
 */
public record GradedTest(String question, String kind, String name, double score, double maxScore, boolean passed,
        String output, boolean hidden) {
    /** A public check. */
    public GradedTest(String question, String kind, String name, double score, double maxScore, boolean passed, String output) {
        this(question, kind, name, score, maxScore, passed, output, false);
    }

    public List<String> tags() {
        return List.of(question, kind);
    }

    /** Gradescope's visibility of this check in results.json. */
    public String visibility() {
        return hidden ? "after_published" : "visible";
    }
}
