package concurrency.grader;

import java.time.Duration;
import java.util.List;

/** Every graded check of a submission, what the graded questions are worth, and how long grading took. */
record ScoreSheet(List<GradedTest> tests, double maxScore, Duration elapsed) {
    double score() {
        return Points.sum(tests.stream().mapToDouble(GradedTest::score));
    }

    long passed() {
        return tests.stream().filter(GradedTest::passed).count();
    }
}
