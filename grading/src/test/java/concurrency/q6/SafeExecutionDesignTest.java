package concurrency.q6;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignTesting;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each design rule of Q6 passes on the reference and fails exactly on the submissions that break it. */
class SafeExecutionDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q6 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                             ''",
            "q6-alt-invokeall-recursive;            ''",
            "q6-alt-completable-future;             ''",
            "q6-alt-shutdown-in-caller;             ''",
            "template;                              shutdown-in-finally unlock-in-finally",
            "q6-unlock-not-in-finally;              unlock-in-finally",
            "q6-no-lock;                            unlock-in-finally",
            "q6-dead-code-decoy;                    unlock-in-finally",
            "q6-never-shut-down;                    shutdown-in-finally",
            "q6-shutdown-not-in-finally;            shutdown-in-finally",
            "q6-failure-as-success;                 ''",
            "q6-failure-wraps-execution-exception;  ''",
            "q6-stops-at-first-failure;             ''",
            "q6-completion-order;                   ''",
            "q6-withlock-wraps;                     ''",
            "q6-ignores-threads;                    ''",
            "q6-retry-one-call-short;               ''",
            "q6-retry-one-call-too-many;            ''",
            "q6-retry-no-suppressed;                ''",
            "q6-retry-no-wait;                      ''",
            "q6-retry-calls-after-success;          ''",
            "q6-uncaught-try-catch;                 ''",
            "q6-uncaught-on-caller;                 ''",
            "q6-uncaught-no-join;                   ''",
            "q6-no-argument-checks;                 ''",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q6", submission, SafeExecutionDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
}
