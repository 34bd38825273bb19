package concurrency.grader;

import java.util.List;

/**
 * One line of the score sheet: a check of one question and kind, with its share of the points.
 * {@code passed} is kept apart from the score because a kind may be worth 0 points (advice only,
 * where the spec's table gives it none) and still fail.
 */
public record GradedTest(String question, String kind, String name, double score, double maxScore, boolean passed,
        String output) {
    public List<String> tags() {
        return List.of(question, kind);
    }
}
