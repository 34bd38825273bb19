package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template's results recorded with the grader: that they belong to today's template and rubric,
 * and that only a question with the template's very sources gets them. That they are what grading
 * the template gives is proven by CorpusIT, which grades it without them.
 */
class TemplateResultsTest {
    private static final Path TEMPLATE = Path.of(System.getProperty("template.sources", "../student-template/src/main/java"));
    private static final String REFRESH = "\nThe template or the rubric changed since its results were recorded: run scripts/template-results.";
    private static final String SOURCE = "package concurrency.q9;\npublic class Counter { public int next() { throw new "
            + "UnsupportedOperationException(\"TODO\"); } }\n";

    @TempDir
    Path temp;

    @Test
    @DisplayName("the grader carries the results of today's template for every question and kind of the rubric")
    void recordMatchesTodaysTemplateAndRubric() throws IOException {
        TemplateResults recorded = TemplateResults.bundled();
        Rubric rubric = Rubric.bundled();

        assertThat(recorded.replayable(rubric).keySet()).as("questions whose results can be replayed" + REFRESH)
                .containsExactlyElementsOf(rubric.byId().keySet());
        for (Rubric.Question question : rubric.questions()) {
            List<Path> sources;
            try (Stream<Path> files = Files.list(TEMPLATE.resolve("concurrency").resolve(question.id()))) {
                sources = files.toList();
            }
            assertThat(recorded.questions().get(question.id()).sources()).as("the digest of the template's %s%s", question.id(), REFRESH)
                    .isEqualTo(TemplateResults.digest(sources));
            question.kinds().keySet().forEach(kind -> assertThat(recorded.tests(question.id(), kind)).as("%s %s", question.id(), kind)
                    .get().asList().isNotEmpty().allSatisfy(test -> assertThat(test).extracting("question", "kind")
                            .containsExactly(question.id(), kind)));
        }
    }

    @Test
    @DisplayName("the digest of a question's sources ignores their folders but not one byte of them")
    void digestIsLayoutFreeAndExact() throws IOException {
        Path flat = write("flat/Counter.java", SOURCE);
        Path maven = write("maven/src/main/java/concurrency/q9/Counter.java", SOURCE);
        Path changed = write("changed/Counter.java", SOURCE.replace("TODO", "TODO "));

        assertThat(TemplateResults.digest(List.of(flat))).isEqualTo(TemplateResults.digest(List.of(maven)))
                .isNotEqualTo(TemplateResults.digest(List.of(changed)));
    }

    @Test
    @DisplayName("a question with the template's very sources is not compiled; a changed one, or one without a reference, is")
    void onlyTheTemplatesSourcesAreReplayed() throws IOException {
        Path reference = Files.createDirectories(temp.resolve("reference"));
        Map<String, String> templates = Map.of("q9", TemplateResults.digest(List.of(write("template/Counter.java", SOURCE))));

        QuestionBuild.Result untouched = build(write("untouched/src/main/java/concurrency/q9/Counter.java", SOURCE),
                Optional.of(reference), templates);
        QuestionBuild.Result started = build(write("started/Counter.java", SOURCE.replace("throw new UnsupportedOperationException(\"TODO\");", "return 1;")),
                Optional.of(reference), templates);
        QuestionBuild.Result alone = build(write("alone/Counter.java", SOURCE), Optional.empty(), templates);

        assertThat(untouched.template()).isTrue();
        assertThat(untouched.classes()).isEmpty();
        assertThat(started.template()).isFalse();
        assertThat(started.classes()).isPresent();
        assertThat(alone.template()).as("without a reference, a question also depends on the submission's other packages").isFalse();
    }

    @Test
    @DisplayName("results recorded under other points or budgets are not replayed")
    void anotherRubricIsGradedAsUsual() {
        TemplateResults recorded = TemplateResults.bundled();

        assertThat(recorded.replayable(Rubric.bundled().withBudgetCap(5, "q4"))).doesNotContainKey("q4").containsKey("q5");
    }

    private QuestionBuild.Result build(Path file, Optional<Path> reference, Map<String, String> templates) throws IOException {
        Path submission = temp.resolve(temp.relativize(file).getName(0));
        return CompileMain.build("q9", Submission.scan(submission), reference,
                Files.createDirectories(temp.resolve("work").resolve(submission.getFileName())), Optional.empty(), templates);
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
