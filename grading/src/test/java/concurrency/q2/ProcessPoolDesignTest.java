package concurrency.q2;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignTesting;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each design rule of Q2 passes on the reference and fails exactly on the submissions that break it. */
class ProcessPoolDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q2 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                    ''",
            "q2-alt-object-streams;        ''",
            "template;                     no-task-in-pool-jvm starts-processes",
            "q2-thread-pool;               no-task-in-pool-jvm starts-processes",
            "q2-jvm-per-task;              ''",
            "q2-close-forgets-workers;     ''",
            "q2-close-drops-queue;         ''",
            "q2-no-replacement;            ''",
            "q2-exception-message-only;    ''",
            "q2-no-filter;                 ''",
            "q2-orphan-while-busy;         ''",
            "q2-task-output-in-protocol;   ''",
            "q2-stderr-not-drained;        ''",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q2", submission, ProcessPoolDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
}
