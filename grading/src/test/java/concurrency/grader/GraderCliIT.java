package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What needs the real grader.jar: the sandbox probe, the cache across runs, a wrapper process, the
 * version in the shaded jar. Argument errors are checked in-process by {@link GraderMainTest}.
 */
class GraderCliIT {

    @Test
    @DisplayName("grader.jar reports the version it was built with")
    void versionOfTheJar(@TempDir Path work) throws Exception {
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", GradedSubmission.GRADER.toString(), "--version")
                .redirectErrorStream(true).redirectOutput(work.resolve("console.txt").toFile()).start();
        assertThat(grader.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

        assertThat(grader.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("console.txt")).strip()).matches("grader \\d+\\.\\d+\\S*");
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
