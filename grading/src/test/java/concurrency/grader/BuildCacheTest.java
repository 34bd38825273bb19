package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
    private static final String SOURCE = "package concurrency.q9;\npublic class Counter { int n; public int next() { return ++n; } }\n";

    @TempDir
    Path temp;
    private Path reference;
    private BuildCache builds;

    @BeforeEach
    void emptyReferenceAndCache() throws IOException {
        reference = Files.createDirectories(temp.resolve("reference")); // q9 needs nothing from the other packages
        builds = new BuildCache(temp.resolve("builds"), "environment-1");
    }

    @Test
    @DisplayName("sources built before are restored from the cache, not compiled again, whatever the submission's layout")
    void identicalSourcesAreRestored() throws Exception {
        QuestionBuild.Result first = build(submission("maven", "src/main/java/concurrency/q9/Counter.java", SOURCE), "work1");
        Path kept = onlyBuild();
        // A file javac would never write: if it shows up, the classes came from the cache.
        Files.writeString(kept.resolve("restored-from-cache"), "");

        QuestionBuild.Result second = build(submission("flat", "Counter.java", SOURCE), "work2");

        assertThat(second.classes()).isPresent();
        assertThat(second.classes().get().resolve("restored-from-cache")).exists();
        assertThat(second.classes().get().resolve("concurrency/q9/Counter.class"))
                .hasSameBinaryContentAs(first.classes().get().resolve("concurrency/q9/Counter.class"));
        assertThat(second.classPath()).hasSize(2).first().isEqualTo(second.classes().get());
    }

    @Test
    @DisplayName("a changed source is compiled anew and kept under its own key")
    void changedSourcesAreCompiled() throws Exception {
        build(submission("a", "Counter.java", SOURCE), "work1");
        build(submission("b", "Counter.java", SOURCE.replace("++n", "n += 2")), "work2");

        assertThat(builds()).hasSize(2);
    }

    @Test
    @DisplayName("a build from another environment (reference, JDK, grader) is not used")
    void anotherEnvironmentDoesNotShare() throws Exception {
        build(submission("a", "Counter.java", SOURCE), "work1");
        builds = new BuildCache(builds.dir(), "environment-2");
        build(submission("b", "Counter.java", SOURCE), "work2");

        assertThat(builds()).hasSize(2);
    }

    @Test
    @DisplayName("sources that do not compile are not remembered, and neither is anything graded without a reference")
    void failuresAndReferencelessBuildsAreNotKept() throws Exception {
        QuestionBuild.Result broken = build(submission("broken", "Counter.java", SOURCE.replace("}", "")), "work1");
        QuestionBuild.Result alone = CompileMain.build("q9", Submission.scan(submission("alone", "Counter.java", SOURCE)),
                Optional.empty(), Files.createDirectories(temp.resolve("work2")), Optional.of(builds), Map.of());

        assertThat(broken.classes()).isEmpty();
        assertThat(alone.classes()).isPresent();
        assertThat(builds()).isEmpty();
    }

    private QuestionBuild.Result build(Path submission, String work) throws IOException {
        return CompileMain.build("q9", Submission.scan(submission), Optional.of(reference),
                Files.createDirectories(temp.resolve(work)), Optional.of(builds), Map.of());
    }

    private Path submission(String name, String file, String source) throws IOException {
        Path path = temp.resolve("submissions").resolve(name).resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, source);
        return temp.resolve("submissions").resolve(name);
    }

    private java.util.List<Path> builds() throws IOException {
        if (!Files.isDirectory(builds.dir())) {
            return java.util.List.of();
        }
        try (Stream<Path> kept = Files.list(builds.dir())) {
            return kept.toList();
        }
    }

    private Path onlyBuild() throws IOException {
        assertThat(builds()).hasSize(1);
        return builds().get(0);
    }
}
