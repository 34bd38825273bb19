package concurrency.grader;

import java.time.Duration;
import java.util.List;

/**
 * Every graded check of a submission, what the graded questions are worth here, and how long grading
 * took. {@code unseen} are the hidden checks this grader does not carry (a grade preview's): their
 * points are in neither the score nor {@code maxScore}.
 */
record ScoreSheet(List<GradedTest> tests, double maxScore, Duration elapsed, List<Unseen> unseen) {
    /** The hidden checks of one kind of one question that only the instructor's grader runs, and their points. */
    record Unseen(String question, String kind, int checks, double points) {
    }

    ScoreSheet(List<GradedTest> tests, double maxScore, Duration elapsed) {
        this(tests, maxScore, elapsed, List.of());
    }

    double score() {
        return Points.sum(tests.stream().mapToDouble(GradedTest::score));
    }

    long passed() {
        return tests.stream().filter(GradedTest::passed).count();
    }

    int unseenChecks() {
        return unseen.stream().mapToInt(Unseen::checks).sum();
    }

    double unseenPoints() {
        return Points.sum(unseen.stream().mapToDouble(Unseen::points));
    }
}
