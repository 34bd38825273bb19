package concurrency.grader.screen;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.CorpusEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The screen is precise: the reference and every corpus entry that is not hostile compile to classes
 * it finds nothing in, and each hostile entry that uses a denied API is caught by it.
 */
class PrecisionTest {
    /** The corpus entries the screen exists for, and an API each must be caught using. */
    static final Map<String, List<String>> HOSTILE = Map.of(
            "q4-hostile-reflects-into-runner", List.of("java.lang.Class.forName", "java.lang.reflect.Field.setAccessible"),
            "q7-hostile-loads-reference", List.of("java.lang.Class.getResourceAsStream", "new java.net.URLClassLoader",
                    "java.lang.reflect.Method.invoke"),
            "q6-hostile-unsafe", List.of("sun.misc.Unsafe"));
    /**
     * Entries the grader never screens, because they never compile: javac never finishes the bomb
     * (the grader stops it at the budget; compiled here, it alone took 165 s of this test's 173), and
     * the grader's own jcstress driver is not on a question's compile class path.
     */
    static final Set<String> NEVER_COMPILED = Set.of("q7-hostile-javac-bomb", "q4-hostile-calls-stress-runner");

    @TempDir
    static Path shared;
    private static Path reference;

    @BeforeAll
    static void compileTheReference() throws IOException {
        reference = Javac.compileTree(Javac.SOLUTIONS, null, shared.resolve("reference"));
    }

    @Test
    @DisplayName("the reference solutions use no denied API")
    void referenceIsClean() {
        long start = System.nanoTime();
        List<Finding> findings = ApiScreen.screen(reference);
        System.out.printf("screened the whole reference in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(findings).as(ApiScreen.explain(findings)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    @DisplayName("each question of the reference, screened on its own as the grader will, is clean")
    void eachReferenceQuestionIsClean(String question) {
        long start = System.nanoTime();
        List<Finding> findings = ApiScreen.screen(reference.resolve("concurrency").resolve(question));
        System.out.printf("screened %s in %d ms%n", question, (System.nanoTime() - start) / 1_000_000);

        assertThat(findings).as(ApiScreen.explain(findings)).isEmpty();
    }

    static Stream<String> questions() {
        return Stream.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8");
    }

    static Stream<String> corpus() throws IOException {
        return CorpusEntry.names("").stream().filter(name -> !NEVER_COMPILED.contains(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("a corpus entry is clean unless it is hostile, and a hostile one is caught")
    void corpusEntry(String name, @TempDir Path work) throws IOException {
        String question = CorpusEntry.load(name).question();
        Path classes = compileEntry(name, question, work);

        List<Finding> findings = ApiScreen.screen(classes);

        if (HOSTILE.containsKey(name)) {
            System.out.println(name + ":\n" + ApiScreen.explain(findings));
            assertThat(findings).extracting(Finding::api).containsAll(HOSTILE.get(name));
            assertThat(findings).allSatisfy(f -> assertThat(f.className()).startsWith("concurrency." + question + "."));
        } else {
            assertThat(findings).as(ApiScreen.explain(findings)).isEmpty();
        }
    }

    @Test
    @DisplayName("every hostile entry named here exists in the corpus")
    void hostileEntriesExist() {
        HOSTILE.keySet().forEach(name -> assertThat(CorpusEntry.CORPUS.resolve(name).resolve("expected.properties")).exists());
        NEVER_COMPILED.forEach(name -> assertThat(CorpusEntry.CORPUS.resolve(name).resolve("expected.properties")).exists());
    }

    /** The entry's package (the reference's with the entry's change), compiled against the rest of the reference. */
    private static Path compileEntry(String name, String question, Path work) throws IOException {
        Path sources = CorpusEntry.load(name).materialize(Javac.SOLUTIONS, work.resolve("src"));
        return Javac.compileTree(sources.resolve("concurrency").resolve(question), reference, work.resolve("classes"));
    }
}
