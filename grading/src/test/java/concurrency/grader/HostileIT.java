package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile submissions that a corpus entry cannot express: a symbolic link, a file too large to
 * keep in the repository, a process that outlives a grading without the sandbox, and a run that
 * must never be remembered. Each is graded by the real grader.jar on one question.
 */
class HostileIT {
    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    @Test
    @DisplayName("a symbolic link to the reference is not followed: the question scores 0 and the feedback says why")
    void symbolicLinksAreNotFollowed(@TempDir Path work) throws Exception {
        assumeTrue(GradedSubmission.sandboxAvailable(), "needs bubblewrap");
        Path submission = work.resolve("submission");
        GradedSubmission.copyTree(GradedSubmission.SOLUTIONS, submission);
        Path factorials = submission.resolve("concurrency/q7/Factorials.java");
        Files.delete(factorials);
        Files.createSymbolicLink(factorials, GradedSubmission.SOLUTIONS.resolve("concurrency/q7/Factorials.java").toAbsolutePath());

        GradedSubmission graded = GradedSubmission.grade(submission, work, "--questions", "q7");

        assertThat(graded.exitStatus()).as(graded.console()).isZero();
        assertThat(graded.score("q7", null)).as(graded.console()).isZero();
        assertThat(graded.console()).contains("concurrency/q7/Factorials.java is a symbolic link");
    }

    @Test
    @DisplayName("a source file of over a megabyte of unclosed comments is refused at once: that question scores 0, the others are graded")
    void oversizedSourceCostsItsQuestionOnly(@TempDir Path work) throws Exception {
        assumeTrue(GradedSubmission.sandboxAvailable(), "needs bubblewrap");
        Path submission = work.resolve("submission");
        GradedSubmission.copyTree(GradedSubmission.SOLUTIONS, submission);
        Files.writeString(submission.resolve("concurrency/q6/Comments.java"), "package concurrency.q6;\n" + "/*".repeat(600_000));

        long start = System.nanoTime();
        GradedSubmission graded = GradedSubmission.grade(submission, work, "--questions", "q6,q3");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(graded.exitStatus()).as(graded.console()).isZero();
        assertThat(graded.score("q6", null)).as(graded.console()).isZero();
        assertThat(graded.console()).contains("a source file may have at most 256 KB");
        assertThat(graded.score("q3", null)).as(graded.console()).isEqualTo(graded.max("q3", null));
        assertThat(took).as("reading the submission is linear: only a hang takes minutes").isLessThan(Duration.ofMinutes(5));
    }

    @Test
    @DisplayName("without the sandbox, a detached process that would rewrite results.json later is killed with its control group")
    void plainModeKillsWhatOutlivesTheRun(@TempDir Path work) throws Exception {
        assumeThat(Files.isWritable(Path.of("/sys/fs/cgroup/pids")) || Files.isRegularFile(Path.of("/sys/fs/cgroup/cgroup.controllers")))
                .as("control groups are what catches a detached process without the sandbox (run as root)").isTrue();
        Path submission = GradedSubmission.referenceWith(HOSTILE.resolve("q7-outlives-the-grader"), work.resolve("submission"));

        GradedSubmission graded = GradedSubmission.grade(submission, work, "--questions", "q7", "--no-sandbox");
        Thread.sleep(15_000); // the lingerer would have written by now

        JsonNode results = new ObjectMapper().readTree(work.resolve("results.json").toFile());
        assertThat(graded.exitStatus()).as(graded.console()).isZero();
        assertThat(results.get("output").asText()).as("results.json after the grader exited").doesNotContain("forged")
                .contains("WITHOUT a sandbox");
        assertThat(results.get("extra_data").get("isolated").asBoolean()).isFalse();
        assertThat(graded.console()).contains("Sandbox: none (--no-sandbox)");
    }

    @Test
    @DisplayName("a run that ended unexpectedly is never remembered: the same code is graded again, not replayed")
    void tamperedRunsAreNotCached(@TempDir Path work) throws Exception {
        assumeTrue(GradedSubmission.sandboxAvailable(), "needs bubblewrap");
        Path submission = CorpusEntry.load("q4-hostile-exits").materialize(GradedSubmission.SOLUTIONS, work.resolve("submission"));
        String[] args = {"--questions", "q4", "--budget-cap", "30", "--cache", work.resolve("cache").toString()};

        GradedSubmission first = GradedSubmission.grade(submission, Files.createDirectories(work.resolve("1")), args);
        GradedSubmission second = GradedSubmission.grade(submission, Files.createDirectories(work.resolve("2")), args);

        assertThat(first.score("q4", "correctness")).as(first.console()).isLessThan(first.max("q4", "correctness"));
        assertThat(second.console()).as("the correctness run exited midway: it must run again")
                .doesNotContainPattern("correctness .*identical code graded before")
                .containsPattern("design .*identical code graded before");
    }
}
