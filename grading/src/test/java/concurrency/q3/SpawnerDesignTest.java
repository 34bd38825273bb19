package concurrency.q3;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignTesting;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The design rule of Q3 passes on the reference and fails exactly on the submissions that break it. */
class SpawnerDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q3 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                    ''",
            "q3-alt-redirect-to-files;     ''",
            "template;                     starts-processes",
            "q3-threads-not-processes;     starts-processes",
            "q3-greeter-thread-id;         ''",
            "q3-kills-only-the-child;      ''",
            "q3-one-after-another;         ''",
            "q3-read-after-waitfor;        ''",
            "q3-stderr-discarded;          ''",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q3", submission, SpawnerDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
}
