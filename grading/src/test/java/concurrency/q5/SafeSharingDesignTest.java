package concurrency.q5;

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

/** Each design rule of Q5 passes on the reference and fails exactly on the submissions that break it. */
class SafeSharingDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q5 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                      ''",
            "q5-alt-deque-signalall;         ''",
            "q5-alt-randomaccessfile;        ''",
            "template;                       atomic-counter buffer-lock-and-conditions buffer-waits-in-loops",
            "q5-volatile-counter;            atomic-counter",
            "q5-synchronized-counter;        atomic-counter",
            "q5-counter-returns-old-value;   ''",
            "q5-one-condition-signal;        buffer-lock-and-conditions",
            "q5-if-not-while;                buffer-waits-in-loops",
            "q5-sleep-polling;               buffer-lock-and-conditions buffer-waits-in-loops",
            "q5-busy-spin;                   buffer-lock-and-conditions buffer-waits-in-loops",
            "q5-signals-wrong-condition;     ''",
            "q5-put-accepts-null;            ''",
            "q5-buffer-lifo;                 ''",
            "q5-no-argument-checks;          ''",
            "q5-throttle-leaks-permit;       ''",
            "q5-throttle-no-semaphore;       ''",
            "q5-throttle-counts-calls;       ''",
            "q5-pipeline-counts-the-pill;    ''",
            "q5-pipeline-loses-last;         ''",
            "q5-squares-in-process;          ''",
            "q5-squares-int-overflow;        ''",
            "q5-squares-write-then-read;     ''",
            "q5-filecounter-no-lock;         ''",
            "q5-filecounter-one-by-one;      ''",
            "q5-filecounter-resets-file;     ''",
            "q5-filecounter-threads;         ''",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q5", submission, SafeSharingDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
    @Test
    @DisplayName("a static lock is BoundedBuffer's one lock, reported as shared by every buffer")
    void staticLockIsSharedByEveryBuffer(@TempDir Path temp) throws IOException {
        String instanceLock = "private final Lock lock = new ReentrantLock();";
        String reference = DesignTesting.referenceSource("q5", "BoundedBuffer.java");
        assertThat(reference).contains(instanceLock);

        Map<String, List<String>> broken = DesignTesting.violationsOfReferenceWith("q5", "BoundedBuffer.java",
                reference.replace(instanceLock, "private static final Lock lock = new ReentrantLock();"), SafeSharingDesign.checks(), temp);

        assertThat(broken).containsOnlyKeys("buffer-lock-and-conditions");
        assertThat(broken.get("buffer-lock-and-conditions")).singleElement().asString()
                .contains("BoundedBuffer's lock field 'lock' is static", "every BoundedBuffer shares it");
    }
}
