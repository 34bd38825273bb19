package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.runner.Check;
import concurrency.grader.runner.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestClassResultsTest {
    private static final Rubric.Item ITEM = new Rubric.Item(10, 60);
    private static final Check PIPELINE = check("PipelineTest", "sums()");
    private static final Check BUFFER = check("BoundedBufferTest", "keepsOrder()");
    private static final Check BUFFER_NESTED = new Check(
            "[engine:junit-jupiter]/[class:concurrency.q5.BoundedBufferTest]/[nested-class:Full]/[method:blocks()]", "Full: blocks()");
    private static final List<Check> PLAN = List.of(BUFFER, BUFFER_NESTED, PIPELINE);

    @TempDir
    Path dir;
    private Path tests;
    private Path reference;
    private ResultCache cache;

    @BeforeEach
    void compileTheReference() throws Exception {
        tests = ModuleJars.of(concurrency.testing.BadInput.class);
        reference = Files.createDirectories(dir.resolve("reference"));
        ModuleJars.compile(Path.of("../solutions/src/main/java/concurrency/q5"), reference, "");
        cache = ResultCache.in(dir.resolve("cache"), List.of(), "test");
    }

    @Test
    @DisplayName("after a trustworthy run, code that differs only in Pipeline replays every test class but PipelineTest")
    void replaysTheTestClassesOfIdenticalCode() throws Exception {
        assertThat(lookUp(reference).known()).isEmpty();
        lookUp(reference).remember(report(PLAN, results(PLAN, true), true));

        assertThat(lookUp(reference).known()).contains("concurrency.q5.PipelineTest", "concurrency.q5.BoundedBufferTest");
        assertThat(lookUp(withPipelineChanged()).known()).contains("concurrency.q5.BoundedBufferTest")
                .doesNotContain("concurrency.q5.PipelineTest");
    }

    @Test
    @DisplayName("a run that skipped the known classes is completed with their remembered results, in the plan of the whole question")
    void completesARunThatSkippedKnownClasses() throws Exception {
        Map<String, CheckResult> remembered = results(PLAN, true);
        remembered.put(BUFFER_NESTED.id(), new CheckResult(BUFFER_NESTED.id(), false, "remembered failure"));
        lookUp(reference).remember(report(PLAN, remembered, true));
        TestClassResults known = lookUp(withPipelineChanged());

        RunnerJvm.Report completed = known.complete(report(PLAN, results(List.of(PIPELINE), false), true)).orElseThrow();

        assertThat(completed.plan()).isEqualTo(PLAN);
        assertThat(completed.results().get(BUFFER_NESTED.id()).output()).isEqualTo("remembered failure");
        assertThat(completed.results().get(BUFFER.id()).passed()).isTrue();
        assertThat(completed.results().get(PIPELINE.id()).passed()).isFalse();
    }

    @Test
    @DisplayName("a plan that does not hold exactly the remembered checks, or a run that ran a known class anyway, is not completed")
    void aMismatchMeansRunningEverythingAgain() throws Exception {
        lookUp(reference).remember(report(PLAN, results(PLAN, true), true));
        TestClassResults known = lookUp(withPipelineChanged());

        List<Check> otherPlan = List.of(BUFFER, PIPELINE);
        assertThat(known.complete(report(otherPlan, results(List.of(PIPELINE), true), true))).isEmpty();
        assertThat(known.complete(report(PLAN, results(PLAN, true), true))).isEmpty();
    }

    @Test
    @DisplayName("a run that timed out, or that left a test class without results, teaches nothing")
    void onlyTrustworthyCompleteRunsAreRemembered() throws Exception {
        lookUp(reference).remember(report(PLAN, results(PLAN, true), false));
        assertThat(lookUp(reference).known()).isEmpty();

        lookUp(reference).remember(report(PLAN, results(List.of(BUFFER, PIPELINE), true), true));
        assertThat(lookUp(reference).known()).contains("concurrency.q5.PipelineTest").doesNotContain("concurrency.q5.BoundedBufferTest");
    }

    private TestClassResults lookUp(Path classes) throws Exception {
        return TestClassResults.lookUp(cache, tests, "q5", ITEM, classes);
    }

    /** The reference's classes, with Pipeline compiled from a source that differs by one field. */
    private Path withPipelineChanged() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("changed-sources"));
        try (Stream<Path> files = Files.list(Path.of("../solutions/src/main/java/concurrency/q5"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (file.getFileName().toString().equals("Pipeline.java")) {
                    text = text.replaceFirst("public final class Pipeline \\{", "public final class Pipeline { private static final int CHANGED = 1;");
                    assertThat(text).contains("CHANGED");
                }
                Files.writeString(sources.resolve(file.getFileName()), text);
            }
        }
        Path classes = Files.createDirectories(dir.resolve("changed"));
        ModuleJars.compile(sources, classes, "");
        return classes;
    }

    private static Check check(String testClass, String method) {
        return new Check("[engine:junit-jupiter]/[class:concurrency.q5." + testClass + "]/[method:" + method + "]", testClass + ": " + method);
    }

    private static Map<String, CheckResult> results(List<Check> checks, boolean passed) {
        Map<String, CheckResult> results = new HashMap<>();
        checks.forEach(check -> results.put(check.id(), new CheckResult(check.id(), passed, passed ? "" : "failed")));
        return results;
    }

    private static RunnerJvm.Report report(List<Check> plan, Map<String, CheckResult> results, boolean endedOnItsOwn) {
        return new RunnerJvm.Report(plan, Map.copyOf(results), endedOnItsOwn, !endedOnItsOwn, endedOnItsOwn ? 0 : -1, false, 0,
                Optional.empty(), Duration.ofSeconds(1), "");
    }
}
