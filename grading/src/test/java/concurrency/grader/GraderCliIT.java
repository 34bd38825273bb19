package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
            "budget of an unknown question| ../solutions/src/main/java | --budget-cap=q9=30       | --budget-cap",
            "budget that is no number     | ../solutions/src/main/java | --budget-cap=soon        | --budget-cap",
            "reference that is no jar     | ../solutions/src/main/java | --reference=nothing.jar  | --reference",
            "cache that is a file         | ../solutions/src/main/java | --cache=pom.xml          | --cache",
            "no jobs                      | ../solutions/src/main/java | --jobs=0                 | --jobs",
    })
    void badArgumentIsNamed(String what, String submission, String option, String named, @TempDir Path work) throws Exception {
        GradedSubmission graded = option == null
                ? GradedSubmission.grade(Path.of(submission), work)
                : GradedSubmission.grade(Path.of(submission), work, option);

        assertThat(graded.exitStatus()).as(what + "\n" + graded.console()).isEqualTo(2);
        assertThat(graded.console()).as(what).contains(named);
        assertThat(Files.exists(work.resolve("results.json"))).as("no results are written for " + what).isFalse();
    }

    @Test
    @DisplayName("without bubblewrap, the grader refuses to run student code unless --no-sandbox says so")
    void noSilentFallback(@TempDir Path work) throws Exception {
        Path results = work.resolve("results.json");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GradedSubmission.GRADER.toString(), GradedSubmission.SOLUTIONS.toString(), "--questions", "q7",
                "--results", results.toString()).redirectErrorStream(true).redirectOutput(work.resolve("console.txt").toFile());
        builder.environment().put("PATH", work.toString()); // no bwrap on this PATH
        Process grader = builder.start();
        assertThat(grader.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

        String console = Files.readString(work.resolve("console.txt"));
        assertThat(grader.exitValue()).as(console).isEqualTo(2);
        assertThat(console).contains("--no-sandbox").contains("bubblewrap");
        assertThat(results).doesNotExist();
    }

    @Test
    @DisplayName("--no-sandbox refuses --cache: without the sandbox, student code could poison it")
    void plainModeRefusesTheCache(@TempDir Path work) throws Exception {
        GradedSubmission graded = GradedSubmission.grade(GradedSubmission.SOLUTIONS, work, "--no-sandbox",
                "--cache", work.resolve("cache").toString());

        assertThat(graded.exitStatus()).as(graded.console()).isEqualTo(2);
        assertThat(graded.console()).contains("--cache cannot be used with --no-sandbox");
        assertThat(work.resolve("results.json")).doesNotExist();
    }

    @Test
    @DisplayName("with --cache, identical code is graded once and scores the same the second time")
    void cacheReplaysIdenticalCode(@TempDir Path work) throws Exception {
        assumeTrue(GradedSubmission.sandboxAvailable(), "needs bubblewrap");
        String[] args = {"--questions", "q7", "--cache", work.resolve("cache").toString()};
        GradedSubmission first = GradedSubmission.grade(GradedSubmission.SOLUTIONS, Files.createDirectories(work.resolve("1")), args);
        GradedSubmission second = GradedSubmission.grade(GradedSubmission.SOLUTIONS, Files.createDirectories(work.resolve("2")), args);
        GradedSubmission template = GradedSubmission.grade(GradedSubmission.TEMPLATE, Files.createDirectories(work.resolve("3")), args);

        assertThat(first.console()).doesNotContain("identical code graded before");
        assertThat(second.console()).contains("identical code graded before");
        assertThat(second.results().get("score").asDouble()).as(second.console())
                .isEqualTo(first.results().get("score").asDouble()).isEqualTo(first.results().get("max_score").asDouble());
        assertThat(template.console()).as("different code is graded anew").doesNotContain("identical code graded before");
        assertThat(template.results().get("score").asDouble()).as(template.console()).isZero();
    }

    @Test
    @DisplayName("a wrapper that started the grader and names its work directory (timeout, time) is not taken for a stray")
    void aWrapperIsNoStray(@TempDir Path work) throws Exception {
        assumeTrue(GradedSubmission.sandboxAvailable(), "needs bubblewrap");
        Path results = work.resolve("results.json");
        Path graderWork = work.resolve("grader");
        Process wrapped = new ProcessBuilder("timeout", "600", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GradedSubmission.GRADER.toString(), GradedSubmission.SOLUTIONS.toString(), "--questions", "q7",
                "--results", results.toString(), "--work-dir", graderWork.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("console.txt").toFile()).start();
        assertThat(wrapped.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).as("the grader finished").isTrue();

        String console = Files.readString(work.resolve("console.txt"));
        assertThat(wrapped.exitValue()).as(console).isZero();
        assertThat(results).as(console).exists();
    }
}
