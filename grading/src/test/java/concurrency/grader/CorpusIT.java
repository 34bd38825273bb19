package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grades the reference, the untouched template and every known-bad submission of the corpus with
 * the real grader.jar: each bad one must lose points on its question, in the kinds it names, and
 * nowhere else; each correct alternative must keep full marks.
 */
class CorpusIT {
    /**
     * One result cache for this run. The reference is graded first and fills it ({@link ReferenceGrading});
     * an entry then reruns only the question whose compiled classes differ from the reference's, which
     * is how "no point lost elsewhere" holds by construction (the cache key is the SHA-256 of the classes).
     */
    private static GradedSubmission reference;

    @BeforeAll
    static void gradeTheReferenceFirst() throws Exception {
        assumeTrue(GradedSubmission.sandboxAvailable(), "the corpus is graded in the sandbox: install bubblewrap "
                + "(scripts/ensure-bubblewrap does it as root on Debian/Ubuntu)");
        reference = ReferenceGrading.graded();
    }

    private static String[] cacheArgs() {
        return new String[] {"--cache", ReferenceGrading.cache().toString()};
    }

    @Test
    @DisplayName("the reference solutions score full marks")
    void referenceScoresFullMarks() {
        GradedSubmission graded = reference;

        assertThat(graded.exitStatus()).as(graded.console()).isZero();
        assertThat(graded.results().get("extra_data").get("isolated").asBoolean()).as("graded in the sandbox").isTrue();
        assertThat(graded.results().get("score").asDouble()).as(graded.console())
                .isEqualTo(graded.results().get("max_score").asDouble());
        graded.results().get("tests").forEach(test ->
                assertThat(test.get("status").asText()).as(test.get("name").asText() + "\n" + test.get("output").asText())
                        .isEqualTo("passed"));
        // the instructor's grader runs the hidden checks too, and marks them for Gradescope
        assertThat(graded.results().get("tests")).filteredOn(t -> t.get("visibility").asText().equals("after_published"))
                .extracting(t -> t.get("name").asText()).contains("Q1 correctness | Q1 Workloads: recommend: PROCESSES exactly when "
                        + "isolation is needed, THREADS otherwise (the JVM has no GIL)");
    }

    @Test
    @DisplayName("the untouched student template scores 0, and the results recorded with the grader are what grading it gives")
    void templateScoresZero(@TempDir Path work) throws Exception {
        GradedSubmission graded = GradedSubmission.grade(GradedSubmission.TEMPLATE, Files.createDirectories(work.resolve("graded")),
                cacheArgs()[0], cacheArgs()[1], "--no-template-results");

        assertThat(graded.exitStatus()).as(graded.console()).isZero();
        assertThat(graded.results().get("score").asDouble()).as(graded.console()).isZero();
        assertThat(graded.console()).contains("UnsupportedOperationException: TODO Q4").doesNotContain("known in advance");
        // A list that cannot add cannot race: the race tests wait for the one-thread calls to work.
        assertThat(graded.results().get("tests")).filteredOn(t -> t.get("tags").toString().contains("stress"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.get("output").asText()).contains("Not run: "));

        // As a student's first push: no cache; every question is the template's, so nothing is compiled or run,
        // on the JDK the record was made on (stack traces differ between JDKs): elsewhere, all is graded as usual.
        GradedSubmission replayed = GradedSubmission.grade(GradedSubmission.TEMPLATE, Files.createDirectories(work.resolve("replayed")));
        String jdk = TemplateResults.jdk(Path.of(System.getProperty("java.home"), "bin", "java"), Path.of("target/classes/bundle/tests.jar"));
        boolean recordedHere = jdk.equals(TemplateResults.bundled().jdk());
        long kinds = Rubric.bundled().questions().stream().mapToLong(q -> q.kinds().size()).sum();
        assertThat(replayed.console().lines().filter(line -> line.endsWith("(the untouched template, known in advance)")))
                .as("recorded on %s, graded on %s\n%s", TemplateResults.bundled().jdk(), jdk, replayed.console())
                .hasSize(recordedHere ? (int) kinds : 0);
        assertThat(replayed.results().get("tests"))
                .as("the template's results recorded with the grader must be what grading it gives: run scripts/template-results")
                .isEqualTo(graded.results().get("tests"));
    }

    /** {@code -Dcorpus=q5-} grades only the entries whose name starts with q5- (while working on one question). */
    static Stream<String> submissions() throws IOException {
        return CorpusEntry.names(System.getProperty("corpus", "")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submissions")
    @DisplayName("a known submission loses points exactly where its defect is")
    void losesPointsOnItsQuestionOnly(String name, @TempDir Path work) throws Exception {
        CorpusEntry entry = CorpusEntry.load(name).validate();
        String question = entry.question();
        Path submission = entry.materialize(GradedSubmission.SOLUTIONS, work.resolve("submission"));
        Path graderWork = work.resolve("grader");
        List<String> args = new ArrayList<>(List.of(cacheArgs()));
        args.addAll(List.of("--work-dir", graderWork.toString()));
        if (entry.budget() != null) {
            // Only its own question: the others stay cache hits at their full budgets.
            args.addAll(List.of("--budget-cap", question + "=" + entry.budget()));
        }

        GradedSubmission graded = GradedSubmission.grade(submission, work, args.toArray(String[]::new));

        // Kept after the run (target/corpus-consoles): what each entry lost, and how often a stress test caught its bug.
        Path consoles = Files.createDirectories(Path.of("target", "corpus-consoles"));
        Files.writeString(consoles.resolve(name + ".txt"), graded.console());
        String context = name + " (" + entry.kind().name().toLowerCase() + "): " + entry.what() + "\n" + graded.console();
        assertThat(graded.exitStatus()).as(context).isZero();
        for (String kind : entry.loses()) {
            if (graded.max(question, kind) == 0) {
                // Advice worth no points (the design rules of Q3 and Q8): it must fail, and say why.
                assertThat(graded.failed(question, kind)).as("%s must fail a %s check\n%s", name, kind, context).isPositive();
            } else {
                assertThat(graded.score(question, kind)).as("%s must lose %s points\n%s", name, kind, context)
                        .isLessThan(graded.max(question, kind));
            }
        }
        for (String kind : entry.keeps()) {
            assertThat(graded.score(question, kind)).as("%s must keep every %s point\n%s", name, kind, context)
                    .isEqualTo(graded.max(question, kind));
            assertThat(graded.failed(question, kind)).as("%s must pass every %s check\n%s", name, kind, context).isZero();
        }
        if (entry.loses().isEmpty()) {
            assertThat(graded.score(question, null)).as("a correct alternative keeps full marks\n%s", context)
                    .isEqualTo(graded.max(question, null));
            assertThat(graded.failed(question, null)).as("a correct alternative passes every check\n%s", context).isZero();
        }
        for (String other : graded.questions()) {
            if (!other.equals(question)) {
                assertThat(graded.score(other, null)).as("%s must cost no point on %s\n%s", name, other, context)
                        .isEqualTo(graded.max(other, null));
            }
        }
        assertThat(Reaper.strays(graderWork)).as("processes left running by %s after grading", name).isEmpty();
    }
}
