package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rerun regrades a student exactly when what the grader reads, the grader, or its options changed. */
class FingerprintTest {

    @Test
    @DisplayName("the same sources give the same print; a change to a .java file, a link, the grader or the options changes it")
    void changes(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("alice/src/concurrency/q7"));
        Files.writeString(folder.resolve("Factorials.java"), "package concurrency.q7; class Factorials {}");
        Submitted alice = new Submitted("alice", dir.resolve("alice"), Submitted.Shape.FOLDER, List.of(new Person("alice", "")), null);
        String before = Fingerprint.of(alice, "grader-1", List.of());

        assertThat(Fingerprint.of(alice, "grader-1", List.of())).isEqualTo(before);
        Files.writeString(dir.resolve("alice/notes.txt"), "my notes");
        Files.createDirectories(dir.resolve("alice/.git")).resolve("HEAD").toFile().createNewFile();
        assertThat(Fingerprint.of(alice, "grader-1", List.of())).as("what the grader does not read").isEqualTo(before);
        assertThat(Fingerprint.of(alice, "grader-2", List.of())).as("another grader").isNotEqualTo(before);
        assertThat(Fingerprint.of(alice, "grader-1", List.of("--questions", "q7"))).as("other options").isNotEqualTo(before);

        Files.writeString(folder.resolve("Factorials.java"), "package concurrency.q7; class Factorials { }");
        String edited = Fingerprint.of(alice, "grader-1", List.of());
        assertThat(edited).as("an edited source").isNotEqualTo(before);

        Files.createSymbolicLink(folder.resolve("Link.java"), Path.of("/etc/hostname"));
        assertThat(Fingerprint.of(alice, "grader-1", List.of())).as("a new link").isNotEqualTo(edited);
    }

    @Test
    @DisplayName("a zip is known by its bytes")
    void zips(@TempDir Path dir) throws Exception {
        Path zip = Zips.of(dir.resolve("bob.zip"), java.util.Map.of("A.java", "class A {}"));
        Submitted bob = new Submitted("bob.zip", zip, Submitted.Shape.ZIP, List.of(new Person("bob", "")), null);
        String before = Fingerprint.of(bob, "g", List.of());

        Zips.of(zip, java.util.Map.of("A.java", "class A { }"));

        assertThat(Fingerprint.of(bob, "g", List.of())).isNotEqualTo(before);
    }
}
