package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignCheck;
import concurrency.grader.runner.CheckResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignReviewTest {
    private static final Duration GENEROUS = Duration.ofMinutes(1);

    @TempDir
    Path classes;

    @Test
    @DisplayName("a followed rule passes and a broken one fails with each violation listed, in the rules' order")
    void reportsEachRuleAsARunnerWould() throws Exception {
        List<DesignCheck> checks = List.of(
                new DesignCheck("q4.design.kept", "kept rule", "locks guard the list", dir -> List.of()),
                new DesignCheck("q4.design.broken", "broken rule", "waits are in loops", dir -> List.of("NumberList.take line 12")));

        RunnerJvm.Report report = DesignReview.review("q4", checks, classes, GENEROUS);

        assertThat(report.plan()).extracting(c -> c.id()).containsExactly("q4.design.kept", "q4.design.broken");
        assertThat(report.results().get("q4.design.kept")).isEqualTo(
                new CheckResult("q4.design.kept", true, "Rule followed: locks guard the list"));
        assertThat(report.results().get("q4.design.broken")).isEqualTo(
                new CheckResult("q4.design.broken", false, "Rule broken: waits are in loops\n- NumberList.take line 12"));
        assertThat(report.trustworthy()).as("a finished review may be cached").isTrue();
    }

    @Test
    @DisplayName("a rule marked hidden is planned as hidden, and scored like any other")
    void aHiddenRuleIsPlannedAsHidden() throws Exception {
        List<DesignCheck> checks = List.of(
                new DesignCheck("q4.design.public", "public rule", "why", dir -> List.of()),
                new DesignCheck("q4.design.secret", "secret rule", "why", dir -> List.of("NumberList.java:3")).asHidden());

        RunnerJvm.Report report = DesignReview.review("q4", checks, classes, GENEROUS);

        assertThat(report.plan()).extracting(c -> c.id() + "=" + c.hidden()).containsExactly("q4.design.public=false", "q4.design.secret=true");
        assertThat(report.results().get("q4.design.secret").passed()).isFalse();
    }

    @Test
    @DisplayName("a rule that throws fails with what went wrong, and the other rules are still applied")
    void aRuleThatThrowsFailsAlone() throws Exception {
        List<DesignCheck> checks = List.of(
                new DesignCheck("q5.design.throws", "throws", "why", dir -> {
                    throw new IllegalStateException("unreadable constant pool");
                }),
                new DesignCheck("q5.design.kept", "kept", "why", dir -> List.of()));

        RunnerJvm.Report report = DesignReview.review("q5", checks, classes, GENEROUS);

        assertThat(report.results().get("q5.design.throws").passed()).isFalse();
        assertThat(report.results().get("q5.design.throws").output())
                .contains("could not read your classes", "unreadable constant pool");
        assertThat(report.results().get("q5.design.kept").passed()).isTrue();
    }

    @Test
    @DisplayName("a rule still reading when the budget is spent fails with the grader's apology, and is never cached")
    void aRuleOverItsBudgetFailsAndIsNotCached() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        List<DesignCheck> checks = List.of(
                new DesignCheck("q6.design.kept", "kept", "why", dir -> List.of()),
                new DesignCheck("q6.design.stuck", "stuck", "why", dir -> {
                    try {
                        never.await(); // released by the test's end: the budget, not the rule, ends this review
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return List.of();
                }));
        try {
            RunnerJvm.Report report = DesignReview.review("q6", checks, classes, Duration.ofMillis(200));

            assertThat(report.results().get("q6.design.kept").passed()).isTrue();
            assertThat(report.results().get("q6.design.stuck").passed()).isFalse();
            assertThat(report.results().get("q6.design.stuck").output())
                    .contains("did not finish", "the grader's problem, not yours");
            assertThat(report.trustworthy()).as("an unfinished review is graded again next time").isFalse();
        } finally {
            never.countDown();
        }
    }
}
