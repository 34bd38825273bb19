package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the autograder zip holds: its scripts at the root, executable; the grader; the files its options name. */
class GradescopeZipTest {

    @Test
    @DisplayName("setup.sh and run_autograder at the root and executable, grader.jar beside them, the options quoted for the shell")
    void contents(@TempDir Path dir) throws Exception {
        Path jar = graderJar(dir);
        Path rubric = Files.writeString(dir.resolve("my rubric.json"), "{}");
        Path zip = dir.resolve("autograder.zip");

        GradescopeZip.write(zip, List.of(jar), List.of("--questions", "q4,q5", "--budget-cap", "q4=it's", "--rubric", rubric.toString()));

        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            Map<String, ZipArchiveEntry> entries = new java.util.HashMap<>();
            Collections.list(file.getEntries()).forEach(e -> entries.put(e.getName(), e));
            assertThat(entries).containsOnlyKeys("setup.sh", "run_autograder", "README.txt", "grader.jar", "rubric.json");
            assertThat(entries.get("setup.sh").getUnixMode() & 0777).isEqualTo(0755);
            assertThat(entries.get("run_autograder").getUnixMode() & 0777).isEqualTo(0755);
            String run = new String(file.getInputStream(entries.get("run_autograder")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run).contains("java -jar /autograder/source/grader.jar gradescope --root /autograder -- '--questions' 'q4,q5' "
                    + "'--budget-cap' 'q4=it'\\''s' '--rubric' '/autograder/source/rubric.json'");
            String setup = new String(file.getInputStream(entries.get("setup.sh")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(setup).contains("openjdk-17-jdk-headless").contains("bubblewrap").doesNotContain("mvn");
        }
    }

    @Test
    @DisplayName("what is not a built grader.jar is refused, and --java has no meaning on Gradescope")
    void refusals(@TempDir Path dir) throws Exception {
        Path notAGrader = Files.writeString(dir.resolve("grader.jar"), "no");
        assertThatThrownBy(() -> GradescopeZip.write(dir.resolve("a.zip"), List.of(notAGrader), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grader.jar");
        assertThatThrownBy(() -> GradescopeZip.write(dir.resolve("a.zip"), List.of(graderJar(dir)), List.of("--java", "/usr/bin/java")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--java");
        assertThat(dir.resolve("a.zip")).doesNotExist();
    }

    /** A stand-in for grader.jar with the entries that tell one. */
    static Path graderJar(Path dir) throws Exception {
        return Zips.of(dir.resolve("fake-grader.jar"), Map.of("concurrency/grader/GraderMain.class", "x", "bundle/tests.jar", "y"));
    }
}
