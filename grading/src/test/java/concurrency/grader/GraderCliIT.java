package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad arguments get a clear error that names the argument, exit status 2, and no results file. */
class GraderCliIT {

    @ParameterizedTest(name = "{0}")
    @DisplayName("a bad argument is named in the error")
    @CsvSource(delimiter = '|', value = {
            "missing submission directory | no-such-dir               |                          | <submission-dir>",
            "unknown question             | ../solutions/src/main/java | --questions=q9           | --questions",
            "too short a time budget      | ../solutions/src/main/java | --budget-cap=1           | --budget-cap",
            "reference that is no jar     | ../solutions/src/main/java | --reference=nothing.jar  | --reference",
    })
    void badArgumentIsNamed(String what, String submission, String option, String named, @TempDir Path work) throws Exception {
        GradedSubmission graded = option == null
                ? GradedSubmission.grade(Path.of(submission), work)
                : GradedSubmission.grade(Path.of(submission), work, option);

        assertThat(graded.exitStatus()).as(what + "\n" + graded.console()).isEqualTo(2);
        assertThat(graded.console()).as(what).contains(named);
        assertThat(Files.exists(work.resolve("results.json"))).as("no results are written for " + what).isFalse();
    }
}
