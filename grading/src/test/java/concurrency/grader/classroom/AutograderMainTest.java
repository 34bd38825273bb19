package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import concurrency.grader.Rubric;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes a Gradescope submission comes in, and what the autograder makes of submission_metadata.json. */
class AutograderMainTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

    @Test
    @DisplayName("loose files at the top, a folder, a repository: graded where they are")
    void sourcesInPlace(@TempDir Path dir) throws Exception {
        Path submission = Files.createDirectories(dir.resolve("submission"));
        Files.writeString(submission.resolve("Factorials.java"), "package concurrency.q7;");

        assertThat(AutograderMain.prepare(submission, dir.resolve("scratch"), out)).isEqualTo(submission);
    }

    @Test
    @DisplayName("a zip that Gradescope left packed is unpacked safely and graded")
    void zipInside(@TempDir Path dir) throws Exception {
        Path submission = Files.createDirectories(dir.resolve("submission"));
        Zips.of(submission.resolve("mywork.zip"), Map.of("src/main/java/concurrency/q7/Factorials.java", "package concurrency.q7;"));

        Path graded = AutograderMain.prepare(submission, dir.resolve("scratch"), out);

        assertThat(graded).isEqualTo(dir.resolve("scratch"));
        assertThat(graded.resolve("src/main/java/concurrency/q7/Factorials.java")).exists();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("mywork.zip");
    }

    @Test
    @DisplayName("no Java at all, or a hostile zip: refused with the reason the student reads")
    void refused(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path pdf = Files.createDirectories(dir.resolve("pdf"));
        Files.writeString(pdf.resolve("answers.pdf"), "%PDF");
        Path escape = Files.createDirectories(dir.resolve("escape"));
        Zips.of(escape.resolve("evil.zip"), Map.of("../../Evil.java", "class Evil {}"));

        assertThatThrownBy(() -> AutograderMain.prepare(empty, dir.resolve("s1"), out)).isInstanceOf(Refused.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> AutograderMain.prepare(pdf, dir.resolve("s2"), out)).isInstanceOf(Refused.class)
                .hasMessageContaining("answers.pdf");
        assertThatThrownBy(() -> AutograderMain.prepare(escape, dir.resolve("s3"), out)).isInstanceOf(Refused.class)
                .hasMessageContaining("outside the folder");
    }

    @Test
    @DisplayName("submission_metadata.json: who submitted, and a note when Gradescope's points differ from the rubric's")
    void metadata(@TempDir Path dir) throws Exception {
        Path metadata = Files.writeString(dir.resolve("submission_metadata.json"), """
                {"id": 123456, "created_at": "2026-11-30T23:59:01-08:00",
                 "assignment": {"title": "Concurrency", "total_points": "20.0"},
                 "users": [{"email": "ada@example.edu", "id": 1, "name": "Ada Lovelace"}],
                 "previous_submissions": []}
                """);

        AutograderMain.metadata(metadata, Rubric.bundled(), out);

        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Submission 123456 of \"Concurrency\" by Ada Lovelace <ada@example.edu>")
                .contains("worth 20.0 points on Gradescope").contains("up to 100");
    }
}
