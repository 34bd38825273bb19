package concurrency.q8;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignTesting;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The design rule of Q8 passes on the reference and fails exactly on the submissions that break it. */
class SquareTimingDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q8 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                    ''",
            "q8-alt-submit-futures;        ''",
            "template;                     uses-process-pool",
            "q8-in-process;                uses-process-pool",
            "q8-int-overflow;              ''",
            "q8-sorted-results;            ''",
            "q8-times-only-the-map;        ''",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q8", submission, SquareTimingDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
}
