package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerJarTest {

    @Test
    @DisplayName("the grader's identity is the same for equal jars wherever they lie, and changes with any entry's content or name")
    void identityFollowsTheContentOfEveryEntry(@TempDir Path dir) throws Exception {
        Path jar = jar(dir.resolve("grader.jar"), Map.of("a/A.class", "one", "b/B.class", "two"));
        Path copy = jar(Files.createDirectories(dir.resolve("elsewhere")).resolve("grader.jar"), Map.of("a/A.class", "one", "b/B.class", "two"));
        Path changed = jar(dir.resolve("changed.jar"), Map.of("a/A.class", "one", "b/B.class", "twO"));
        Path renamed = jar(dir.resolve("renamed.jar"), Map.of("a/A.class", "one", "b/C.class", "two"));

        String identity = RunnerJar.identityOf(List.of(jar)).orElseThrow();

        assertThat(RunnerJar.identityOf(List.of(copy))).contains(identity);
        assertThat(RunnerJar.identityOf(List.of(changed)).orElseThrow()).isNotEqualTo(identity);
        assertThat(RunnerJar.identityOf(List.of(renamed)).orElseThrow()).isNotEqualTo(identity);
        assertThat(RunnerJar.identityOf(List.of(jar, copy)).orElseThrow()).isNotEqualTo(identity);
    }

    @Test
    @DisplayName("a grader run from class folders (an IDE) has no identity: nothing of it is shared in a cache")
    void classFoldersHaveNoIdentity(@TempDir Path dir) throws Exception {
        Path jar = jar(dir.resolve("grader.jar"), Map.of("a/A.class", "one"));

        assertThat(RunnerJar.identityOf(List.of(jar, Files.createDirectories(dir.resolve("classes"))))).isEmpty();
    }

    private static Path jar(Path file, Map<String, String> entries) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}
