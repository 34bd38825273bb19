package concurrency.grader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the grader prints while it works: how it runs student code, each question by kind, what failed, the total. */
final class ConsoleReport {
    private static final int OUTPUT_LINES = 8;

    private final PrintStream out;

    ConsoleReport(PrintStream out) {
        this.out = out;
    }

    void setup(Path submission, boolean withReference, Sandbox sandbox, Limits limits) {
        out.println("Grading " + submission + " (" + (withReference
                ? "other questions from the reference" : "no reference: everything from the submission") + ")");
        out.println("Sandbox: " + sandbox.describe());
        out.println("Limits per runner: " + limits.describe());
    }

    /** One kind of one question that never ran: its question did not build. */
    static String kindNotRun(String kind, Rubric.Item item, String verdict) {
        return String.format(Locale.ROOT, "  %-11s 0/%s  %s%n", kind, Points.format(item.points()), verdict);
    }

    /** One kind of one question, graded now or replayed from the cache ({@code took} says which). */
    static String kindGraded(String kind, Rubric.Item item, List<GradedTest> graded, String took) {
        long passed = graded.stream().filter(GradedTest::passed).count();
        return String.format(Locale.ROOT, "  %-11s %s/%s  %d of %d checks passed  (%s)%n", kind, Points.format(score(graded)),
                Points.format(item.points()), passed, graded.size(), took);
    }

    void question(Rubric.Question question, List<GradedTest> graded, String kindLines) {
        out.printf(Locale.ROOT, "%s  %s/%s%n%s", question.id().toUpperCase(), Points.format(score(graded)),
                Points.format(question.maxScore()), kindLines);
    }

    void failures(ScoreSheet sheet) {
        List<GradedTest> failed = sheet.tests().stream().filter(t -> !t.passed()).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.println();
        out.println("What failed:");
        for (GradedTest test : failed) {
            String points = test.maxScore() == 0 ? "advice, no points"
                    : Points.format(test.score()) + "/" + Points.format(test.maxScore());
            out.println("- " + test.name() + "  (" + points + ")");
            test.output().lines().limit(OUTPUT_LINES).forEach(line -> out.println("    " + line));
        }
        out.println();
    }

    /** The line that results.json repeats as its output. */
    static String summary(ScoreSheet sheet) {
        return "Score: " + Points.format(sheet.score()) + "/" + Points.format(sheet.maxScore());
    }

    void end(ScoreSheet sheet, Path results) {
        out.println(summary(sheet) + "  (" + sheet.elapsed().toSeconds() + " s; results in " + results.toAbsolutePath() + ")");
        out.println(sheet.passed() + " passed, " + (sheet.tests().size() - sheet.passed()) + " failed");
    }

    private static double score(List<GradedTest> graded) {
        return Points.sum(graded.stream().mapToDouble(GradedTest::score));
    }
}
