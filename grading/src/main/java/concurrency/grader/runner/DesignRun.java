package concurrency.grader.runner;

import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.DesignRules;
import java.nio.file.Path;
import java.util.List;

/** Applies the design rules of one question to the submission's compiled classes of that question. */
final class DesignRun {
    private final Channel channel;

    DesignRun(Channel channel) {
        this.channel = channel;
    }

    void run(String question, Path classes) {
        List<DesignCheck> checks = DesignRules.forQuestion(question);
        channel.plan(checks.stream().map(c -> new Check(c.id(), c.name())).toList());
        for (DesignCheck check : checks) {
            List<String> violations;
            try {
                violations = check.violations(classes);
            } catch (RuntimeException e) {
                violations = List.of("The rule could not read your classes: " + e);
            }
            channel.result(new CheckResult(check.id(), violations.isEmpty(), violations.isEmpty()
                    ? "Rule followed: " + check.because()
                    : "Rule broken: " + check.because() + "\n" + String.join("\n", violations.stream().map(v -> "- " + v).toList())));
        }
    }
}
