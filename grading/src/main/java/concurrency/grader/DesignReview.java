package concurrency.grader;

import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.DesignRules;
import concurrency.grader.runner.Check;
import concurrency.grader.runner.CheckResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies the design rules of one question to its compiled classes in the grader's own JVM. The
 * rules read class files as data (ASM trees, ArchUnit's importer) and never load or run them, so
 * they need no sandboxed runner JVM, whose start would cost more than the rules themselves. They
 * still run under the kind's time budget, on a thread of their own.
 */
final class DesignReview {
    private DesignReview() {
    }

    /**
     * The rules' verdicts as a runner would have reported them. A rule still reading when the budget
     * is spent fails with the grader's apology, and the report is not {@link RunnerJvm.Report#trustworthy()
     * trustworthy}: it is never cached.
     */
    static RunnerJvm.Report review(String question, Path classes, Duration budget) throws InterruptedException {
        return review(question, DesignRules.forQuestion(question), classes, budget);
    }

    static RunnerJvm.Report review(String question, List<DesignCheck> checks, Path classes, Duration budget)
            throws InterruptedException {
        List<Check> plan = checks.stream().map(c -> new Check(c.id(), c.name(), c.hidden())).toList();
        Map<String, CheckResult> results = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        Thread reader = new Thread(() -> checks.forEach(check -> results.put(check.id(), verdict(check, classes))),
                "design-rules-" + question);
        reader.setDaemon(true); // a rule that never ends must not keep the grader alive
        reader.start();
        reader.join(budget.toMillis());
        boolean finished = !reader.isAlive();
        Map<String, CheckResult> reported = new HashMap<>(results); // what a late rule adds from now on is ignored
        if (!finished) {
            for (DesignCheck check : checks) {
                reported.putIfAbsent(check.id(), new CheckResult(check.id(), false, "This rule did not finish reading your "
                        + "classes of " + question.toUpperCase() + " within " + budget.toSeconds() + " s, so it could not be "
                        + "checked. That is the grader's problem, not yours: tell your instructor."));
            }
        }
        return new RunnerJvm.Report(plan, Map.copyOf(reported), finished, false, 0, false, 0, Optional.empty(),
                Duration.ofNanos(System.nanoTime() - start), "");
    }

    private static CheckResult verdict(DesignCheck check, Path classes) {
        List<String> violations;
        try {
            violations = check.violations(classes);
        } catch (RuntimeException | StackOverflowError e) {
            violations = List.of("The rule could not read your classes: " + e);
        }
        return new CheckResult(check.id(), violations.isEmpty(), violations.isEmpty()
                ? "Rule followed: " + check.because()
                : "Rule broken: " + check.because() + "\n" + String.join("\n", violations.stream().map(v -> "- " + v).toList()));
    }
}
