package concurrency.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

class JUnitRunTest {
    private static final String NONCE = "n0nce";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the runner sent: the plan, and the results by check id. */
    private record Sent(List<Check> plan, Map<String, CheckResult> results) {
    }

    private static Sent run(Class<?>... classes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JUnitRun(new Channel(new PrintStream(bytes, true, StandardCharsets.UTF_8), NONCE))
                .run(LauncherDiscoveryRequestBuilder.request().selectors(java.util.Arrays.stream(classes)
                        .map(c -> selectClass(c)).toList()));

        List<Check> plan = List.of();
        Map<String, CheckResult> results = new HashMap<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).lines().toList()) {
            String prefix = Channel.PREFIX + NONCE + " ";
            if (line.startsWith(prefix + "plan ")) {
                plan = JSON.readValue(line.substring((prefix + "plan ").length()), new TypeReference<List<Check>>() { });
            } else if (line.startsWith(prefix + "result ")) {
                CheckResult outcome = JSON.readValue(line.substring((prefix + "result ").length()), CheckResult.class);
                assertThat(results.put(outcome.id(), outcome)).as("second result for " + outcome.id()).isNull();
            }
        }
        return new Sent(plan, results);
    }

    @Test
    @DisplayName("a question's tests run although another question's test classes cannot even load (graded without a reference)")
    void otherQuestionsTestClassesAreNotLoaded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path src = java.nio.file.Files.createDirectories(dir.resolve("src"));
        java.nio.file.Path out = java.nio.file.Files.createDirectories(dir.resolve("out"));
        java.util.Map<String, String> sources = java.util.Map.of(
                "Missing.java", "package concurrency.q8; public class Missing { public static int one() { return 1; } }",
                "NeedsMissingTest.java", "package concurrency.q8; @org.junit.jupiter.api.Tag(\"q8\") class NeedsMissingTest {"
                        + " @org.junit.jupiter.api.Nested class Inner { Missing make() { return null; } @org.junit.jupiter.api.Test void t() { } } }",
                "GoodTest.java", "package concurrency.q7; @org.junit.jupiter.api.Tag(\"q7\") class GoodTest {"
                        + " @org.junit.jupiter.api.Test void passes() { } }");
        List<String> args = new java.util.ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-cp", System.getProperty("java.class.path")));
        for (var source : sources.entrySet()) {
            args.add(java.nio.file.Files.writeString(src.resolve(source.getKey()), source.getValue()).toString());
        }
        assertThat(javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
        java.nio.file.Files.delete(out.resolve("concurrency/q8/Missing.class")); // Q8's code was never compiled in this run

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, original)) {
            Thread.currentThread().setContextClassLoader(loader);
            new JUnitRun(new Channel(new PrintStream(bytes, true, StandardCharsets.UTF_8), NONCE)).run("q7", out);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }

        String sent = bytes.toString(StandardCharsets.UTF_8);
        assertThat(sent).contains("GoodTest", "passes()", "\"passed\":true").doesNotContain("NeedsMissingTest");
    }

    @Test
    @DisplayName("a test of a class marked @Hidden, nested ones too, is planned as hidden; every other test as public")
    void hiddenTestsArePlannedAsHidden() throws Exception {
        Sent sent = run(HiddenFixture.class, ParameterizedFixture.class);

        assertThat(sent.plan()).filteredOn(Check::hidden).extracting(c -> c.name().substring(c.name().indexOf(": ") + 2))
                .containsExactlyInAnyOrder("hiddenPlain()", "hiddenNested()");
        assertThat(sent.plan()).filteredOn(c -> !c.hidden()).hasSize(5)
                .allSatisfy(c -> assertThat(c.id()).contains("ParameterizedFixture"));
        assertThat(sent.plan()).filteredOn(Check::hidden).allSatisfy(c -> assertThat(sent.results().get(c.id()).passed()).isTrue());
        assertThat(sent.results()).hasSize(7);
    }

    @Test
    @DisplayName("a parameterized or repeated method is one check that passes only if every case passes")
    void scoresEachMethodOnceWhateverItsInvocations() throws Exception {
        Sent sent = run(ParameterizedFixture.class);
        List<Check> plan = sent.plan();
        Map<String, CheckResult> results = sent.results();

        Map<String, CheckResult> byMethod = new HashMap<>();
        for (Check check : plan) {
            byMethod.put(check.name().substring(check.name().indexOf(": ") + 2), results.get(check.id()));
        }
        assertThat(byMethod).containsOnlyKeys("plain()", "everyCasePasses(int)", "twoCasesFail(int)", "noCases(int)", "repeated()");
        assertThat(byMethod.get("plain()").passed()).isTrue();
        assertThat(byMethod.get("everyCasePasses(int)").passed()).isTrue();
        assertThat(byMethod.get("repeated()").passed()).isTrue();
        assertThat(byMethod.get("twoCasesFail(int)").passed()).isFalse();
        assertThat(byMethod.get("twoCasesFail(int)").output()).startsWith("2 cases failed").contains("[2] -2", "[4] -4");
        assertThat(byMethod.get("noCases(int)").passed()).isFalse();
    }
}
