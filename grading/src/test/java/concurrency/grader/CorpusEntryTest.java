package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus entry states its kinds as the rules require and still applies to the reference (no grader run). */
class CorpusEntryTest {

    static List<String> entries() throws IOException {
        return CorpusEntry.names("");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("an entry's metadata is valid and its patch applies to the current reference")
    void entryIsValidAndApplies(String name, @TempDir Path work) throws IOException {
        CorpusEntry entry = CorpusEntry.load(name).validate();

        Path sources = entry.materialize(GradedSubmission.SOLUTIONS, work);

        Path changed = work.resolve("concurrency").resolve(entry.question());
        assertThat(changed).as("%s builds the package of %s", name, entry.question()).isDirectory();
        assertThat(differingFiles(GradedSubmission.SOLUTIONS, sources)).as("%s changes something, and only in %s", name, entry.question())
                .isNotEmpty().allSatisfy(file -> assertThat(file).startsWith("concurrency/" + entry.question() + "/"));
    }

    @Test
    @DisplayName("every folder of the corpus is an entry with its metadata")
    void everyFolderIsAnEntry() throws IOException {
        try (Stream<Path> dirs = Files.list(CorpusEntry.CORPUS)) {
            assertThat(dirs.filter(Files::isDirectory)).allSatisfy(dir ->
                    assertThat(dir.resolve("expected.properties")).as("the metadata of %s", dir.getFileName()).exists());
        }
    }

    @Test
    @DisplayName("a patch that no longer applies fails with the entry's name and the hunk")
    void stalePatchFailsByName(@TempDir Path work) throws IOException {
        Path reference = work.resolve("reference");
        CorpusEntry entry = CorpusEntry.load("q4-missing-signal");
        GradedSubmission.copyTree(GradedSubmission.SOLUTIONS, reference);
        Path list = reference.resolve("concurrency/q4/NumberList.java");
        Files.writeString(list, Files.readString(list).replace("notEmpty.signal", "notEmpty.signalAll"));

        assertThatThrownBy(() -> entry.materialize(reference, work.resolve("entry")))
                .hasMessageStartingWith("q4-missing-signal: defect.patch no longer applies to concurrency/q4/NumberList.java")
                .hasMessageContaining("the hunk at line");
    }

    private static List<String> differingFiles(Path reference, Path sources) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(Files::isRegularFile).map(f -> sources.relativize(f).toString())
                    .filter(rel -> !sameFile(reference.resolve(rel), sources.resolve(rel))).sorted().toList();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
