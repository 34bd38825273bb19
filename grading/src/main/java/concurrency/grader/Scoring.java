package concurrency.grader;

import concurrency.grader.runner.Check;
import concurrency.grader.runner.CheckResult;
import java.util.ArrayList;
import java.util.List;

/** Turns what a runner JVM reported into score lines, with a plain explanation for every lost point. */
final class Scoring {
    private static final int STDERR_LINES = 25;

    private Scoring() {
    }

    static List<GradedTest> whole(String question, String kind, double points, String why) {
        return List.of(new GradedTest(question, kind, label(question, kind, "all checks"), 0, points, false, why));
    }

    static List<GradedTest> score(String question, String kind, Rubric.Item item, RunnerJvm.Report report) {
        return score(question, kind, item, report, HiddenChecks.none());
    }

    /**
     * @param elsewhere the hidden checks that this grader does not carry (a grade preview's): their shares
     *                  come last and are left out here
     */
    static List<GradedTest> score(String question, String kind, Rubric.Item item, RunnerJvm.Report report, HiddenChecks elsewhere) {
        double points = item.points();
        int hiddenElsewhere = elsewhere.of(question, kind).map(HiddenChecks.Count::hidden).orElse(0);
        List<Double> all = report.plan().isEmpty() ? List.of() : Points.split(points, report.plan().size() + hiddenElsewhere);
        double here = Points.sum(all.stream().limit(report.plan().size()).mapToDouble(Double::doubleValue));
        if (report.forged()) {
            return whole(question, kind, here, "Lines that imitate the grader's own reports were printed while your code ran, "
                    + "so this part cannot be trusted and scores 0. Remove any code that writes such output; "
                    + "if you think this is a mistake, talk to your instructor.");
        }
        if (report.limitHit().isPresent()) {
            return whole(question, kind, here, report.limitHit().get());
        }
        if (report.plan().isEmpty()) {
            return whole(question, kind, Points.sum(java.util.stream.DoubleStream.of(points, -elsewhere.points(question, kind, item))),
                    report.finished()
                    ? "No check of this kind exists for " + question + ": the grader is misconfigured; tell your instructor."
                    : "The checks could not even start. " + ending(report, item));
        }
        // Public checks take the first shares, hidden ones the last: a grade preview, which lacks the
        // hidden checks, then gives every public check the very share the instructor's grader gives it.
        List<Check> ordered = new ArrayList<>(report.plan().stream().filter(c -> !c.hidden()).toList());
        ordered.addAll(report.plan().stream().filter(Check::hidden).toList());
        List<GradedTest> tests = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Check check = ordered.get(i);
            double share = all.get(i);
            CheckResult result = report.results().get(check.id());
            String name = label(question, kind, check.name());
            if (result == null) {
                tests.add(new GradedTest(question, kind, name, 0, share, false, "Did not finish. " + ending(report, item), check.hidden()));
            } else {
                String output = result.passed() || report.limitHit().isEmpty() ? result.output()
                        : result.output() + "\n" + report.limitHit().get();
                tests.add(new GradedTest(question, kind, name, result.passed() ? share : 0, share, result.passed(), output,
                        check.hidden()));
            }
        }
        return tests;
    }

    private static String label(String question, String kind, String check) {
        return question.toUpperCase() + " " + kind + " | " + check;
    }

    private static String ending(RunnerJvm.Report report, Rubric.Item item) {
        String story;
        if (report.timedOut()) {
            story = "The JVM running your code was stopped after its time budget of " + item.timeoutSeconds()
                    + " s: your code probably hangs (a deadlock, a lost wake-up or an endless loop).";
        } else {
            story = "The JVM running your code ended (exit status " + report.exitStatus() + ") before this check finished: "
                    + "did your code call System.exit or Runtime.halt, or run out of memory?";
        }
        if (report.limitHit().isPresent()) {
            story += " " + report.limitHit().get();
        }
        if (report.strays() > 0) {
            story += " It had left " + report.strays() + " process(es) running, which the grader killed.";
        }
        List<String> lines = report.stderrTail().lines().toList();
        if (!lines.isEmpty()) {
            story += "\nLast lines it printed on stderr:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size()));
        }
        return story;
    }
}
