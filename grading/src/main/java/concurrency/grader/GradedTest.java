package concurrency.grader;

import java.util.List;

/** One line of the score sheet: a check of one question and kind, with its share of the points. */
public record GradedTest(String question, String kind, String name, double score, double maxScore, String output) {
    public boolean passed() {
        return score >= maxScore;
    }

    public List<String> tags() {
        return List.of(question, kind);
    }
}
