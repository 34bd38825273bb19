package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the submissions of a class are found, named, and refused when they are no submission at all. */
class IntakeTest {

    @Test
    @DisplayName("a folder or a zip per student, named after itself; hidden files and the output folder are no submissions")
    void foldersAndZips(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("alice/src/main/java"));
        Files.createDirectories(dir.resolve("carol"));
        Zips.of(dir.resolve("bob.zip"), Map.of("A.java", "class A {}"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".DS_Store"), "");
        Path out = Files.createDirectories(dir.resolve("graded"));

        List<Submitted> found = Intake.scan(dir, Set.of(out));

        assertThat(found).extracting(Submitted::name).containsExactly("alice", "bob.zip", "carol");
        assertThat(found).extracting(Submitted::shape)
                .containsExactly(Submitted.Shape.FOLDER, Submitted.Shape.ZIP, Submitted.Shape.FOLDER);
        assertThat(found.get(1).people()).containsExactly(new Person("bob", ""));
    }

    @Test
    @DisplayName("a symbolic link, a lone file and anything else get a row that says why they were not read")
    void refusals(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve("dave"), Path.of("/etc"));
        Files.writeString(dir.resolve("erin.java"), "class Erin {}");

        List<Submitted> found = Intake.scan(dir, Set.of());

        assertThat(found).extracting(Submitted::shape).containsOnly(Submitted.Shape.REFUSED);
        assertThat(found.get(0).refusal()).contains("symbolic link");
        assertThat(found.get(1).refusal()).contains("neither a folder nor a .zip");
    }

    @Test
    @DisplayName("Gradescope's Export Submissions: names and emails come from submission_metadata.yml, a group gets every member")
    void gradescopeExport(@TempDir Path dir) throws Exception {
        Path export = Files.createDirectories(dir.resolve("assignment_42_export"));
        Files.createDirectories(export.resolve("submission_1001"));
        Files.createDirectories(export.resolve("submission_1002"));
        Files.createDirectories(export.resolve("submission_1003"));
        Files.writeString(export.resolve(GradescopeExport.METADATA), """
                submission_1001:
                  :submitters:
                  - :name: Ada Lovelace
                    :sid: '17'
                    :email: ada@example.edu
                  :created_at: 2026-11-30 23:59:01.000000000 -08:00
                  :score: !ruby/object:BigDecimal 18:0.95e2
                  :status: processed
                submission_1002:
                  :submitters:
                  - :name: Alan Turing
                    :email: alan@example.edu
                  - :name: Grace Hopper
                    :email: grace@example.edu
                  :history: []
                """);

        List<Submitted> found = Intake.scan(dir, Set.of());

        assertThat(found).extracting(Submitted::name).containsExactly("submission_1001", "submission_1002", "submission_1003");
        assertThat(found.get(0).people()).containsExactly(new Person("Ada Lovelace", "ada@example.edu"));
        assertThat(found.get(1).people()).containsExactly(new Person("Alan Turing", "alan@example.edu"),
                new Person("Grace Hopper", "grace@example.edu"));
        assertThat(found.get(2).people()).as("a folder the metadata does not name keeps its own name")
                .containsExactly(new Person("submission_1003", ""));
    }

    @Test
    @DisplayName("a metadata file that is not YAML is an error that names the file")
    void brokenMetadata(@TempDir Path dir) throws IOException {
        Path metadata = Files.writeString(dir.resolve(GradescopeExport.METADATA), "submission_1: [unclosed");

        assertThatThrownBy(() -> Intake.scan(dir, Set.of())).isInstanceOf(IOException.class)
                .hasMessageContaining(metadata.toString()).hasMessageContaining("not readable YAML");
    }

    @Test
    @DisplayName("what a folder holds: its .java files counted (not through links, not in .git), a few other files named")
    void contents(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Files.createDirectories(dir.resolve("pdf/.git"));
        Files.writeString(dir.resolve("pdf/report.pdf"), "%PDF");
        Files.writeString(dir.resolve("pdf/.git/Old.java"), "class Old {}");
        Files.createDirectories(dir.resolve("code/src"));
        Files.writeString(dir.resolve("code/src/A.java"), "class A {}");
        Files.createSymbolicLink(dir.resolve("code/src/B.java"), dir.resolve("code/src/A.java"));

        assertThat(Intake.contents(dir.resolve("empty")).noJavaReason()).contains("empty");
        assertThat(Intake.contents(dir.resolve("pdf")).sources()).isZero();
        assertThat(Intake.contents(dir.resolve("pdf")).noJavaReason()).contains("no .java file").contains("report.pdf");
        assertThat(Intake.contents(dir.resolve("code")).sources()).isEqualTo(1);
    }

    @Test
    @DisplayName("output folder names are safe and unique, whatever the submissions are called")
    void folderNames() {
        Set<String> taken = new java.util.HashSet<>();

        assertThat(ClassRun.folderName("alice", taken)).isEqualTo("alice");
        assertThat(ClassRun.folderName("alice.zip", taken)).isEqualTo("alice-2");
        assertThat(ClassRun.folderName("../../étienne <b>", taken)).isEqualTo("_.._..__tienne__b_");
        assertThat(ClassRun.folderName(".hidden", taken)).isEqualTo("_.hidden");
        assertThat(ClassRun.folderName("ALICE", taken)).as("case-insensitive file systems").isEqualTo("ALICE-3");
    }
}
