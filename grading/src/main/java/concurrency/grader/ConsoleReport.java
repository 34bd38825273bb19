package concurrency.grader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the grader prints while it works: how it runs student code, each question by kind, what failed,
 * the total. Students may read it (Gradescope shows the autograder's output), so a hidden check is only
 * counted here, never named: its name and feedback are in results.json, shown once grades are published.
 */
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
    static String kindNotRun(String kind, double points, String verdict) {
        return String.format(Locale.ROOT, "  %-11s 0/%s  %s%n", kind, Points.format(points), verdict);
    }

    /** One kind of one question, graded now or replayed from the cache ({@code took} says which). */
    static String kindGraded(String kind, List<GradedTest> graded, String took) {
        long passed = graded.stream().filter(GradedTest::passed).count();
        return String.format(Locale.ROOT, "  %-11s %s/%s  %d of %d checks passed  (%s)%n", kind, Points.format(score(graded)),
                Points.format(max(graded)), passed, graded.size(), took);
    }

    /** The line that says what a grade preview leaves out of one kind. */
    static String kindUnseen(ScoreSheet.Unseen unseen) {
        return String.format(Locale.ROOT, "  %-11s +%s in %s that only your instructor's grader runs%n", "", Points.format(unseen.points()),
                checks(unseen.checks(), "hidden check"));
    }

    void question(Rubric.Question question, List<GradedTest> graded, String kindLines) {
        out.printf(Locale.ROOT, "%s  %s/%s%n%s", question.id().toUpperCase(), Points.format(score(graded)),
                Points.format(max(graded)), kindLines);
    }

    void failures(ScoreSheet sheet) {
        List<GradedTest> failed = sheet.tests().stream().filter(t -> !t.passed()).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.println();
        out.println("What failed:");
        for (GradedTest test : failed.stream().filter(t -> !t.hidden()).toList()) {
            String points = test.maxScore() == 0 ? "advice, no points"
                    : Points.format(test.score()) + "/" + Points.format(test.maxScore());
            out.println("- " + test.name() + "  (" + points + ")");
            test.output().lines().limit(OUTPUT_LINES).forEach(line -> out.println("    " + line));
        }
        long hidden = failed.stream().filter(GradedTest::hidden).count();
        if (hidden > 0) {
            out.println("- " + checks(hidden, "hidden check") + " failed; " + (hidden == 1 ? "its name and feedback are" : "their names and feedback are")
                    + " in results.json, shown to students once grades are published");
        }
        out.println();
    }

    /**
     * The line that results.json repeats as its output. With hidden checks, the score shown is that of
     * the public checks only, so that nothing of a hidden result shows before grades are published.
     */
    static String summary(ScoreSheet sheet) {
        List<GradedTest> shown = sheet.tests().stream().filter(t -> !t.hidden()).toList();
        List<GradedTest> hidden = sheet.tests().stream().filter(GradedTest::hidden).toList();
        if (!hidden.isEmpty()) {
            return "Score on the checks shown now: " + Points.format(score(shown)) + "/" + Points.format(max(shown)) + "; "
                    + checks(hidden.size(), "hidden check") + " worth " + Points.format(max(hidden))
                    + " points " + (hidden.size() == 1 ? "is" : "are") + " shown once grades are published";
        }
        String line = "Score: " + Points.format(sheet.score()) + "/" + Points.format(sheet.maxScore());
        if (!sheet.unseen().isEmpty()) {
            line += "; not in this preview: " + checks(sheet.unseenChecks(), "hidden check") + " worth "
                    + Points.format(sheet.unseenPoints()) + " points, which only your instructor's grader runs";
        }
        return line;
    }

    void end(ScoreSheet sheet, Path results) {
        out.println(summary(sheet) + "  (" + sheet.elapsed().toSeconds() + " s; results in " + results.toAbsolutePath() + ")");
        out.println(sheet.passed() + " passed, " + (sheet.tests().size() - sheet.passed()) + " failed");
    }

    private static String checks(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static double score(List<GradedTest> graded) {
        return Points.sum(graded.stream().mapToDouble(GradedTest::score));
    }

    private static double max(List<GradedTest> graded) {
        return Points.sum(graded.stream().mapToDouble(GradedTest::maxScore));
    }
}
