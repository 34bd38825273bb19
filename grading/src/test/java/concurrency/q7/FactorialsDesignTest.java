package concurrency.q7;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.CorpusEntry;
import concurrency.grader.design.DesignTesting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each design rule of Q7 passes on the reference and fails exactly on the submissions that break it. */
class FactorialsDesignTest {

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the Q7 rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                    ''",
            "q7-alt-invokeall;             ''",
            "q7-alt-completion-service;    ''",
            "q7-alt-thread-factory;        ''",
            "q7-alt-shutdown-in-caller;    ''",
            "template;                     executor-only results-from-futures shutdown-in-finally",
            "q7-raw-threads;               executor-only results-from-futures shutdown-in-finally",
            "q7-parallel-stream;           executor-only results-from-futures shutdown-in-finally",
            "q7-never-shut-down;           shutdown-in-finally",
            "q7-shutdown-not-in-finally;   shutdown-in-finally",
            "q7-results-not-from-futures;  results-from-futures",
            "q7-zero-to-nine;              ''",
            "q7-long-overflow;             ''",
            "q7-swallows-task-failure;     ''",
            "q7-common-pool-future;        executor-only shutdown-in-finally",
            "q7-dead-code-decoy;           executor-only results-from-futures shutdown-in-finally",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        assertThat(DesignTesting.brokenRules("q7", submission, FactorialsDesign.checks(), temp))
                .as("rules broken by %s", submission).isEqualTo(broken);
    }
    private static final String MAKE_POOL = "ExecutorService pool = Executors.newFixedThreadPool(threads);";

    private static Map<String, List<String>> referenceWith(String from, String to, Path temp) throws IOException {
        String reference = DesignTesting.referenceSource("q7", "Factorials.java");
        assertThat(reference).as("the reference line that the test changes").contains(from);
        return DesignTesting.violationsOfReferenceWith("q7", "Factorials.java", reference.replace(from, to), FactorialsDesign.checks(), temp);
    }

    @Test
    @DisplayName("a lambda ThreadFactory handed to the executor may create the pool's threads")
    void lambdaThreadFactoryIsFine(@TempDir Path temp) throws IOException {
        assertThat(referenceWith(MAKE_POOL, "ExecutorService pool = Executors.newFixedThreadPool(threads,"
                + " work -> new Thread(work, \"factorial\"));", temp)).isEmpty();
    }

    @Test
    @DisplayName("code that calls its own ThreadFactory to start a thread breaks executor-only")
    void callingTheFactoryYourselfIsAThreadOfYourOwn(@TempDir Path temp) throws IOException {
        Map<String, List<String>> broken = referenceWith(MAKE_POOL, """
                java.util.concurrent.ThreadFactory factory = work -> new Thread(work);
                        factory.newThread(() -> factorial(0)).start();
                        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);""", temp);

        assertThat(broken).containsOnlyKeys("executor-only");
        assertThat(broken.get("executor-only")).singleElement().asString().contains("Factorials.compute", "calls ThreadFactory.newThread itself");
    }

    @Test
    @DisplayName("a pool returned by a helper must be shut down in a finally of the method that calls the helper")
    void returnedPoolNeedsTheCallersFinally(@TempDir Path temp) throws IOException {
        String alternative = Files.readString(CorpusEntry.load("q7-alt-shutdown-in-caller")
                .materialize(Path.of("../solutions/src/main/java"), temp.resolve("alternative"))
                .resolve("concurrency/q7/Factorials.java"));
        String finallyBlock = """
                        } finally {
                            pool.shutdown();
                        }
                """;
        assertThat(alternative).contains(finallyBlock);
        String noFinally = alternative.replace(finallyBlock, "        }\n");

        Map<String, List<String>> broken = DesignTesting.violationsOfReferenceWith("q7", "Factorials.java", noFinally, FactorialsDesign.checks(), temp);

        assertThat(broken).containsOnlyKeys("shutdown-in-finally");
        assertThat(broken.get("shutdown-in-finally")).singleElement().asString()
                .contains("Factorials.newPool", "returns it", "Factorials.compute", "has no finally block that shuts it down");
    }

    @Test
    @DisplayName("a helper that returns a pool nobody calls for still breaks shutdown-in-finally")
    void returnedPoolWithoutCallerIsNotShutDown(@TempDir Path temp) throws IOException {
        Map<String, List<String>> broken = referenceWith("    public static void main(String[] args) {", """
                    private static ExecutorService spare() {
                        return Executors.newCachedThreadPool();
                    }

                    public static void main(String[] args) {""", temp);

        assertThat(broken).containsOnlyKeys("shutdown-in-finally");
        assertThat(broken.get("shutdown-in-finally")).singleElement().asString().contains("Factorials.spare", "no finally block shuts it down");
    }
}
