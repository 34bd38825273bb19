package concurrency.grader.runner;

import concurrency.stress.StressRun;
import concurrency.stress.StressVerdict;
import java.nio.file.Path;
import java.util.List;

/** Runs the jcstress tests of one question (package {@code concurrency.qN} of the stress jar). */
final class JcstressRun {
    private final Channel channel;

    JcstressRun(Channel channel) {
        this.channel = channel;
    }

    void run(String question, Path reportDir) throws Exception {
        String pattern = "^concurrency\\." + question + "\\.";
        List<String> tests = StressRun.matchingTests(pattern);
        channel.plan(tests.stream().map(t -> new Check(t, t.substring(t.lastIndexOf('.') + 1))).toList());
        for (StressVerdict verdict : StressRun.run(pattern, reportDir, List.of())) {
            channel.result(new CheckResult(verdict.test(), verdict.passed(), verdict.explanation()));
        }
    }
}
