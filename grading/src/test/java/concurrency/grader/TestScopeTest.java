package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestScopeTest {

    @Test
    @DisplayName("each Q5 test class reaches the class it tests, and not the classes the other test classes test")
    void q5TestClassesReachWhatTheyTest(@TempDir Path classes) throws Exception {
        ModuleJars.compile(Path.of("../solutions/src/main/java/concurrency/q5"), classes, "");

        Map<String, Set<Path>> scopes = TestScope.byTestClass(ModuleJars.of(concurrency.testing.BadInput.class), "q5", classes);

        assertThat(scopes).containsKeys("concurrency.q5.PipelineTest", "concurrency.q5.BoundedBufferTest",
                "concurrency.q5.FileCounterTest", "concurrency.q5.ThrottleTest");
        assertThat(names(scopes.get("concurrency.q5.PipelineTest"))).contains("Pipeline.class")
                .doesNotContain("BoundedBuffer.class", "FileCounter.class", "Throttle.class");
        assertThat(names(scopes.get("concurrency.q5.BoundedBufferTest"))).contains("BoundedBuffer.class")
                .doesNotContain("Pipeline.class", "FileCounter.class");
        assertThat(names(scopes.get("concurrency.q5.FileCounterTest"))).contains("FileCounter.class")
                .doesNotContain("Pipeline.class", "BoundedBuffer.class");
    }

    @Test
    @DisplayName("what a test reaches through a helper of its package counts (here by a name in a string); a test that names nothing keeps every class")
    void helpersLeadFurtherAndNamingNothingMeansEverything(@TempDir Path dir) throws Exception {
        Path code = Files.createDirectories(dir.resolve("code/concurrency/q9"));
        Files.writeString(code.resolve("Target.java"), "package concurrency.q9; public final class Target { }");
        Files.writeString(code.resolve("Other.java"), "package concurrency.q9; public final class Other { }");
        Path tests = Files.createDirectories(dir.resolve("tests/concurrency/q9"));
        Files.writeString(tests.resolve("UsesHelperTest.java"), """
                package concurrency.q9;
                class UsesHelperTest { class Inner { Object make() { return Helper.load(); } } }""");
        Files.writeString(tests.resolve("Helper.java"), """
                package concurrency.q9;
                final class Helper { static Object load() { try { return Class.forName("concurrency.q9.Target"); } catch (Exception e) { return null; } } }""");
        Files.writeString(tests.resolve("NamesNothingTest.java"), "package concurrency.q9; class NamesNothingTest { }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path testClasses = Files.createDirectories(dir.resolve("test-classes"));
        ModuleJars.compile(code, classes, "");
        ModuleJars.compile(tests, testClasses, classes.toString());

        Map<String, Set<Path>> scopes = TestScope.byTestClass(ModuleJars.jar(testClasses), "q9", classes);

        assertThat(scopes).containsOnlyKeys("concurrency.q9.UsesHelperTest", "concurrency.q9.Helper", "concurrency.q9.NamesNothingTest");
        assertThat(names(scopes.get("concurrency.q9.UsesHelperTest"))).containsExactly("Target.class");
        assertThat(names(scopes.get("concurrency.q9.NamesNothingTest"))).containsExactly("Other.class", "Target.class");
    }

    private static List<String> names(Set<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).sorted().toList();
    }
}
