package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressScopeTest {

    @Test
    @DisplayName("Q5's stress scope is what its stress tests reach (BoundedBuffer, AtomicCounter), not FileCounter or Pipeline")
    void q5ScopeIsTheBufferAndTheCounter(@TempDir Path classes) throws Exception {
        compile(Path.of("../solutions/src/main/java/concurrency/q5"), classes);

        List<String> scope = StressScope.files(stressJar(), "q5", classes).stream()
                .map(f -> classes.relativize(f).toString()).sorted().toList();

        assertThat(scope).contains("concurrency/q5/BoundedBuffer.class", "concurrency/q5/AtomicCounter.class")
                .doesNotContain("concurrency/q5/FileCounter.class", "concurrency/q5/CounterChild.class",
                        "concurrency/q5/Pipeline.class", "concurrency/q5/Throttle.class", "concurrency/q5/PipeSquares.class");
    }

    @Test
    @DisplayName("a class reached only by its name in a string (Class.forName) is in scope too")
    void aClassNamedInAStringIsInScope(@TempDir Path sources, @TempDir Path classes) throws Exception {
        Path dir = Files.createDirectories(sources.resolve("concurrency/q5"));
        Files.writeString(dir.resolve("AtomicCounter.java"), """
                package concurrency.q5;
                public final class AtomicCounter {
                    public long incrementAndGet() { try { return (long) Class.forName("concurrency.q5.Hidden").getMethod("next").invoke(null); } catch (Exception e) { throw new IllegalStateException(e); } }
                    public long get() { return 0; }
                }""");
        Files.writeString(dir.resolve("Hidden.java"), "package concurrency.q5; public final class Hidden { public static long next() { return 1; } }");
        Files.writeString(dir.resolve("Unrelated.java"), "package concurrency.q5; final class Unrelated { }");
        compile(dir, classes);

        List<String> scope = StressScope.files(stressJar(), "q5", classes).stream()
                .map(f -> classes.relativize(f).toString()).sorted().toList();

        assertThat(scope).containsExactly("concurrency/q5/AtomicCounter.class", "concurrency/q5/Hidden.class");
    }

    @Test
    @DisplayName("a question without stress tests keeps every class in scope")
    void noStressTestsMeansEverything(@TempDir Path classes) throws Exception {
        compile(Path.of("../solutions/src/main/java/concurrency/q7"), classes);
        try (Stream<Path> all = Files.walk(classes)) {
            assertThat(StressScope.files(stressJar(), "q7", classes))
                    .containsExactlyInAnyOrderElementsOf(all.filter(f -> f.toString().endsWith(".class")).toList());
        }
    }

    /**
     * The stress module as the grader's bundle holds it, a jar. Under {@code mvn test} alone (no package
     * phase) the module is a folder of classes on the class path, so it is packed into a jar first.
     */
    private static Path stressJar() throws URISyntaxException, IOException {
        Path location = Path.of(concurrency.q5.PutOnFullStress.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(location)) {
            return location;
        }
        Path jar = Files.createTempFile("stress", ".jar");
        jar.toFile().deleteOnExit();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void compile(Path sources, Path out) throws IOException {
        List<String> args;
        try (Stream<Path> files = Files.list(sources)) {
            args = Stream.concat(Stream.of("--release", "17", "-proc:none", "-d", out.toString()),
                    files.filter(f -> f.toString().endsWith(".java")).map(Path::toString)).toList();
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, System.err, args.toArray(String[]::new))).isZero();
    }
}
