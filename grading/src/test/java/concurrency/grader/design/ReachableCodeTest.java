package concurrency.grader.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the entry points of a question reach: calls, lambdas, callbacks of created objects, static initializers; not dead code. */
class ReachableCodeTest {
    private static final String SOURCE = """
            package demo;

            import java.util.concurrent.Callable;
            import java.util.concurrent.ExecutorService;
            import java.util.concurrent.Executors;

            public final class Api {
                private static final Object CONSTANT = Helper.make();

                public static int entry() throws Exception {
                    ExecutorService pool = Executors.newSingleThreadExecutor();
                    try {
                        pool.submit(() -> viaLambda());
                        pool.submit(Api::viaReference);
                        new Thread(new Job()).start();
                        return pool.submit(new Task()).get();
                    } finally {
                        pool.shutdown();
                    }
                }

                public int other() {
                    return 1;
                }

                private static int viaLambda() {
                    return 2;
                }

                private static int viaReference() {
                    return 3;
                }

                private static void dead() {
                    Executors.newFixedThreadPool(2).shutdown();
                }

                static final class Job implements Runnable {
                    @Override
                    public void run() {
                        runsOnTheThread();
                    }

                    void runsOnTheThread() {
                    }

                    void neverCalled() {
                    }
                }

                static final class Task implements Callable<Integer> {
                    @Override
                    public Integer call() {
                        return 4;
                    }
                }

                static final class Helper {
                    static Object make() {
                        return new Object();
                    }

                    static void unused() {
                    }
                }
            }
            """;

    @TempDir
    static Path temp;

    @BeforeAll
    static void compile() throws IOException {
        Path source = Files.createDirectories(temp.resolve("src/demo")).resolve("Api.java");
        Files.writeString(source, SOURCE);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, System.err,
                "--release", "17", "-g", "-proc:none", "-d", temp.resolve("classes").toString(), source.toString());
        assertThat(status).as("javac").isZero();
    }

    private static Set<String> reached(EntryPoints entries) {
        return ReachableCode.of(temp.resolve("classes"), entries).methods().stream()
                .map(CallGraph.Method::describe).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("a method reaches its lambdas, method references, the run/call of the objects it creates and static initializers")
    void reachesWhatRuns() {
        Set<String> reached = reached(EntryPoints.methods("demo/Api", "entry"));

        assertThat(reached).contains("Api.entry", "Api.viaReference", "Api.<clinit>", "Api$Helper.make",
                "Api$Job.run", "Api$Job.runsOnTheThread", "Api$Task.call");
        assertThat(reached).as("a lambda body").anyMatch(m -> m.startsWith("Api.lambda$entry$"));
        assertThat(reached).as("dead code and methods nobody calls")
                .doesNotContain("Api.dead", "Api.other", "Api$Job.neverCalled", "Api$Helper.unused");
    }

    @Test
    @DisplayName("the public API of a class is its public methods and constructors; unknown entry points are named")
    void publicApiAndMissingEntryPoints() {
        assertThat(reached(EntryPoints.publicApiOf("demo/Api"))).contains("Api.entry", "Api.other").doesNotContain("Api.dead");
        assertThat(ReachableCode.of(temp.resolve("classes"), EntryPoints.methods("demo/Api", "nope")).missingEntryPoints())
                .containsExactly("There is no method Api.nope in demo.Api.");
        assertThat(ReachableCode.of(temp.resolve("classes"), EntryPoints.publicApiOf("demo/Gone")).missingEntryPoints())
                .containsExactly("There is no class demo.Gone.");
    }

    @Test
    @DisplayName("an executor created only in dead code does not count, and the violation points at it")
    void deadCodeEarnsNothing() {
        List<String> fromEntry = ExecutorDiscipline.shutdownInFinally(temp.resolve("classes"), EntryPoints.methods("demo/Api", "entry"));
        List<String> fromOther = ExecutorDiscipline.shutdownInFinally(temp.resolve("classes"), EntryPoints.methods("demo/Api", "other"));

        assertThat(fromEntry).singleElement().asString().contains("Api.dead", "no finally block shuts it down");
        assertThat(fromOther).anySatisfy(v -> assertThat(v).startsWith("Nothing that Api.other runs creates an executor")
                .contains("but no call from Api.other leads there"));
    }
}
