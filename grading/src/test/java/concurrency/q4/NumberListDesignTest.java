package concurrency.q4;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignTesting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each design rule of Q4 passes on the reference and fails exactly on the submissions that break it. */
class NumberListDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q4 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                    ''",
            "q4-alt-linkedlist-fair;       ''",
            "q4-alt-arraylist-signalall;   ''",
            "template;                     condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-unsynchronised;            condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-local-lock;                condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-unlock-not-in-finally;     unlock-in-finally",
            "q4-sleep-polling;             condition-wait",
            "q4-synchronized;              condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-lifo;                      ''",
            "q4-missing-signal;            ''",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q4", submission, NumberListDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
    @Test
    @DisplayName("a static lock counts as NumberList's one lock field and is reported as shared by every list")
    void staticLockIsSharedByEveryList(@TempDir Path temp) throws IOException {
        String instanceLock = "private final Lock lock = new ReentrantLock();";
        String reference = DesignTesting.referenceSource("q4", "NumberList.java");
        assertThat(reference).contains(instanceLock);

        Map<String, List<String>> broken = DesignTesting.violationsOfReferenceWith("q4", "NumberList.java",
                reference.replace(instanceLock, "private static final Lock lock = new ReentrantLock();"), NumberListDesign.checks(), temp);

        assertThat(broken).containsOnlyKeys("one-lock-field");
        assertThat(broken.get("one-lock-field")).singleElement().asString()
                .contains("NumberList's lock field 'lock' is static", "every NumberList shares it");
    }
}
