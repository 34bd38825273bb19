package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job summary and the annotations the grader writes when GitHub Actions runs it, and nothing when it does not. */
class GitHubActionsTest {
    private static final String BROKEN = "Rule broken: one lock makes the calls exclude each other\n"
            + "- Method NumberList.add (NumberList.java:42) never takes the lock held in the field\n"
            + "- Method <concurrency.q4.NumberList.size()> calls method <java.lang.Thread.sleep(long)> in (NumberList.java:57)\n"
            + "- There is no field of type Condition: 50% of the rule, with a comma, and a colon";

    @TempDir
    Path repo;

    private ScoreSheet sheet() {
        return new ScoreSheet(List.of(
                new GradedTest("q4", "correctness", "Q4 correctness | Q4 NumberList: removes in order | FIFO", 0, 1, false, "expected [1, 2]"),
                new GradedTest("q4", "correctness", "Q4 correctness | Q4 NumberList: size", 1, 1, true, ""),
                new GradedTest("q4", "design", "Q4 design | Every public method of NumberList takes the lock", 0, 2, false, BROKEN),
                new GradedTest("q4", "design", "Q4 design | a secret rule", 0, 2, false, "Rule broken: x\n- NumberList.java:9 secret", true),
                new GradedTest("q7", "correctness", "Q7 correctness | Q7 Factorials: 0! is 1", 1, 1, true, "")),
                6, Duration.ofSeconds(3), List.of(new ScoreSheet.Unseen("q1", "correctness", 1, 0.84)));
    }

    @Test
    @DisplayName("under GitHub Actions: a summary table per question, and an ::error on the file and line of each broken public rule")
    void summaryAndAnnotations() throws Exception {
        Path source = Files.createDirectories(repo.resolve("src/main/java/concurrency/q4")).resolve("NumberList.java");
        Files.writeString(source, "package concurrency.q4;\n");
        // a copy the build made must not be the one annotated
        Files.createDirectories(repo.resolve("target/classes/concurrency/q4")).resolve("NumberList.java").toFile().createNewFile();
        Path summary = repo.resolve("summary.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new GitHubActions(sheet(), Rubric.bundled(), repo).report(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString(),
                "GITHUB_WORKSPACE", repo.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

        String markdown = Files.readString(summary);
        assertThat(markdown).contains("| Question | Points | What failed |",
                "| Q4 - One thread adds, another removes: a list guarded by a lock | 1/6 | Q4 correctness \\| Q4 NumberList: removes in order \\| FIFO"
                        + "<br>Q4 design \\| Every public method of NumberList takes the lock<br>1 hidden check (shown once grades are published) |",
                "| Q7 - Factorials on a thread pool | 1/1 | nothing |",
                "Q1 correctness: 1 hidden check worth 0.84 points, not in this preview")
                .doesNotContain("secret", "Q2 -");
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "::error file=src/main/java/concurrency/q4/NumberList.java,line=42,title=Q4 design | Every public method of NumberList takes "
                        + "the lock::Method NumberList.add (NumberList.java:42) never takes the lock held in the field",
                "::error file=src/main/java/concurrency/q4/NumberList.java,line=57,title=Q4 design | Every public method of NumberList takes "
                        + "the lock::Method <concurrency.q4.NumberList.size()> calls method <java.lang.Thread.sleep(long)> in (NumberList.java:57)");
    }

    @Test
    @DisplayName("workflow commands are escaped: a property loses its commas and colons, a message its percent signs and newlines")
    void escaping() {
        assertThat(GitHubActions.property("Q4 design | a: b, c")).isEqualTo("Q4 design | a%3A b%2C c");
        assertThat(GitHubActions.data("50%\nnext: a, b")).isEqualTo("50%25%0Anext: a, b");
    }

    @Test
    @DisplayName("outside GitHub Actions the grader writes no summary and no annotation")
    void nothingElsewhere() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new GitHubActions(sheet(), Rubric.bundled(), repo).report(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        try (var files = Files.list(repo)) {
            assertThat(files).isEmpty();
        }
    }
}
