package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaSourceTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("the package a source declares is found past comments and annotations")
    @CsvSource(delimiter = '|', value = {
            "plain                      | package concurrency.q4;                                   | concurrency.q4",
            "spaced and split           | package  concurrency . q4 ;                               | concurrency.q4",
            "after a block comment      | /* package nope; */ package concurrency.q5;                | concurrency.q5",
            "after a line comment       | // package nope;\\npackage concurrency.q6;                 | concurrency.q6",
            "annotated (package-info)   | @Deprecated @Generated(value = {}) package concurrency.q7;  | concurrency.q7",
            "none: a class comes first  | public class X { } package concurrency.q1;                 | ''",
            "none: an import first      | import java.util.List; class X {}                         | ''",
            "unclosed comment           | /* package concurrency.q1;                                | ''",
            "a leading dot (a path)     | package .tmp.x;                                           | ''",
            "two dots                   | package concurrency..q1;                                  | ''",
    })
    void findsThePackage(String what, String source, String expected) {
        assertThat(JavaSource.packageName(source.replace("\\n", "\n"))).as(what).isEqualTo(expected);
    }

    @Test
    @DisplayName("hostile text is read in one pass: megabytes of unclosed comments, slashes or stars take no time to speak of")
    void linearOnHostileText() {
        String[] hostile = {"/*".repeat(2_000_000), "/".repeat(4_000_000), "/*" + "*".repeat(4_000_000),
                "package " + "a.".repeat(1_000_000) + "b;"};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String text : hostile) {
                JavaSource.packageName(text);
            }
        }, "a hang, not a slow machine: the old regular expression took minutes on 1 MB");
    }
}
