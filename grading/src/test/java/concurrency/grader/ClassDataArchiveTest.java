package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archives of the JVMs the grader starts again and again (the compiler's, each student's grader). */
class ClassDataArchiveTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final List<String> OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC");

    @TempDir
    Path dir;

    @Test
    @DisplayName("no archive without a cache directory, or for a class path with a class folder (a JVM cannot archive those)")
    void onlyForJarsInACache() throws Exception {
        Path jar = helloJar();

        assertThat(ClassDataArchive.of(Optional.empty(), "hello", JAVA, OPTIONS, List.of(jar))).isEmpty();
        assertThat(ClassDataArchive.of(Optional.of(dir.resolve("cache")), "hello", JAVA, OPTIONS,
                List.of(jar, Files.createDirectories(dir.resolve("classes"))))).isEmpty();
        assertThat(ClassDataArchive.of(Optional.of(dir.resolve("cache")), "hello", JAVA, OPTIONS, List.of(jar))).isPresent();
    }

    @Test
    @DisplayName("the first JVM writes the archive, and the next one maps it and prints only its own output")
    void writtenOnceThenMapped() throws Exception {
        FirstRun first = firstRun();

        first.archive().keep(first.use(), true);

        ClassDataArchive.Use second = first.archive().use();
        assertThat(second.writing()).as("the archive was kept").isEmpty();
        assertThat(second.options()).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        assertThat(run(second, first.jar())).isEqualTo("hello\n");
        assertThat(archives()).hasSize(1);
    }

    @Test
    @DisplayName("a damaged archive (a JVM killed while writing it) is thrown away, not kept to crash the next JVM")
    void damagedArchiveIsNotKept() throws Exception {
        FirstRun first = firstRun();
        Path written = first.use().writing().orElseThrow();
        byte[] whole = Files.readAllBytes(written);
        Files.write(written, java.util.Arrays.copyOf(whole, whole.length / 10));

        first.archive().keep(first.use(), true);

        assertThat(archives()).as("nothing kept, the damaged file removed").isEmpty();
        assertThat(first.archive().use().writing()).as("the next JVM writes it again").isPresent();
    }

    @Test
    @DisplayName("what a JVM that did not exit normally wrote is thrown away, and mapOnly never writes")
    void abnormalExitIsNotKept() throws Exception {
        FirstRun first = firstRun();

        first.archive().keep(first.use(), false);

        assertThat(archives()).isEmpty();
        assertThat(first.archive().mapOnly()).isEqualTo(ClassDataArchive.Use.NONE);
    }

    /** The hello jar's archive, and the first JVM, which ran and wrote it (not kept yet). */
    private record FirstRun(Path jar, ClassDataArchive archive, ClassDataArchive.Use use) {
    }

    private FirstRun firstRun() throws IOException, InterruptedException {
        Path jar = helloJar();
        ClassDataArchive archive = ClassDataArchive.of(Optional.of(dir.resolve("cache")), "hello", JAVA, OPTIONS, List.of(jar)).orElseThrow();
        ClassDataArchive.Use use = archive.use();
        assertThat(use.writing()).as("no archive yet: this JVM writes it").isPresent();
        assertThat(run(use, jar)).isEqualTo("hello\n");
        return new FirstRun(jar, archive, use);
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache/class-data"))) {
            return files.toList();
        }
    }

    private String run(ClassDataArchive.Use use, Path jar) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(use.options());
        command.addAll(OPTIONS);
        command.addAll(List.of("-cp", jar.toString(), "Hello"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    /** A jar with one class whose main prints "hello" (and loads a few JDK classes to archive). */
    private Path helloJar() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Hello.java"), """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println(new java.util.TreeMap<>(java.util.Map.of("hello", 1)).firstKey());
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("hello-classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.resolve("Hello.java").toString());
        assertThat(status).isZero();
        Path jar = dir.resolve("hello.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(classes.resolve("Hello.class")));
            out.closeEntry();
        }
        return jar;
    }
}
