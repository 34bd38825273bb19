package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionTest {

    @Test
    @DisplayName("files are grouped by the package they declare, wherever they lie; tests and build output are ignored")
    void groupsByDeclaredPackage(@TempDir Path root) throws Exception {
        write(root.resolve("anywhere/A.java"), "package concurrency.q4;\nclass A {}");
        write(root.resolve("src/main/java/concurrency/q5/B.java"), "/* q5 */ package concurrency.q5; class B {}");
        write(root.resolve("src/test/java/concurrency/q4/ATest.java"), "package concurrency.q4; class ATest {}");
        write(root.resolve("target/classes/Gen.java"), "package concurrency.q4; class Gen {}");

        Submission submission = Submission.scan(root);

        assertThat(submission.sourcesOf("q4")).extracting(p -> p.getFileName().toString()).containsExactly("A.java");
        assertThat(submission.sourcesOf("q5")).extracting(p -> p.getFileName().toString()).containsExactly("B.java");
        assertThat(submission.notes()).isEmpty();
    }

    @Test
    @DisplayName("a symbolic link is never followed, and the student is told which one was left out")
    void linksAreLeftOut(@TempDir Path root, @TempDir Path elsewhere) throws Exception {
        Path target = write(elsewhere.resolve("Factorials.java"), "package concurrency.q7; class Factorials {}");
        Files.createDirectories(root.resolve("concurrency/q7"));
        Files.createSymbolicLink(root.resolve("concurrency/q7/Factorials.java"), target);
        Files.createSymbolicLink(root.resolve("concurrency/q6"), elsewhere);

        Submission submission = Submission.scan(root);

        assertThat(submission.sourcesOf("q7")).isEmpty();
        assertThat(submission.sourcesOf("q6")).isEmpty();
        assertThat(submission.linksOf("q7")).hasSize(1);
        assertThat(submission.linksOf("q6")).hasSize(1);
        assertThat(submission.linksOf("q4")).isEmpty();
        assertThat(submission.notes()).containsExactlyInAnyOrder(
                "concurrency/q7/Factorials.java is a symbolic link: the grader never follows links, so it was left out. Submit the file itself.",
                "concurrency/q6 is a symbolic link: the grader never follows links, so it was left out. Submit the file itself.");
    }

    @Test
    @DisplayName("a file over 256 KB, or a package over 1 MB, makes that question ungradable with a reason; others are untouched")
    void sizesAreCapped(@TempDir Path root) throws Exception {
        write(root.resolve("Big.java"), "package concurrency.q6;\n" + "//".repeat(200_000));
        for (int i = 0; i < 6; i++) {
            write(root.resolve("Many" + i + ".java"), "package concurrency.q5;\n" + "/* */".repeat(40_000));
        }
        write(root.resolve("Fine.java"), "package concurrency.q4; class Fine {}");

        Submission submission = Submission.scan(root);

        assertThat(submission.problemOf("q6")).hasValueSatisfying(p -> assertThat(p).contains("Big.java").contains("at most 256 KB"));
        assertThat(submission.problemOf("q5")).hasValueSatisfying(p -> assertThat(p).contains("more than 1024 KB"));
        assertThat(submission.problemOf("q4")).isEmpty();
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
