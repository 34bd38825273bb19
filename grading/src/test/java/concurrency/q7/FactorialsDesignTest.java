package concurrency.q7;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignTesting;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each design rule of Q7 passes on the reference and fails exactly on the submissions that break it. */
class FactorialsDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q7 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                    ''",
            "q7-alt-invokeall;             ''",
            "q7-alt-completion-service;    ''",
            "template;                     executor-only results-from-futures shutdown-in-finally",
            "q7-raw-threads;               executor-only results-from-futures shutdown-in-finally",
            "q7-parallel-stream;           executor-only results-from-futures shutdown-in-finally",
            "q7-never-shut-down;           shutdown-in-finally",
            "q7-shutdown-not-in-finally;   shutdown-in-finally",
            "q7-results-not-from-futures;  results-from-futures",
            "q7-zero-to-nine;              ''",
            "q7-long-overflow;             ''",
            "q7-swallows-task-failure;     ''",
            "q7-common-pool-future;        executor-only shutdown-in-finally",
            "q7-dead-code-decoy;           executor-only results-from-futures shutdown-in-finally",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q7", submission, FactorialsDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
}
