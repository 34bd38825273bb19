package concurrency.grader.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles sources as the grader does (release 17, debug lines, no annotation processing). Test code only. */
final class Javac {
    static final Path SOLUTIONS = Path.of("../solutions/src/main/java");

    private Javac() {
    }

    /** Compiles every .java file under {@code sources} into {@code out}, against {@code classPath} (may be null). */
    static Path compileTree(Path sources, Path classPath, Path out) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-g", "-encoding", "UTF-8",
                "-Xlint:none", "-implicit:none", "-d", Files.createDirectories(out).toString()));
        if (classPath != null) {
            args.addAll(List.of("-classpath", classPath.toString()));
        }
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertThat(status).as("javac on %s:%n%s", sources, errors).isZero();
        return out;
    }

    /** Writes inline sources ({@code "concurrency.fixture.Name" -> text}) under {@code dir} and compiles them. */
    static Path compileInline(Map<String, String> sources, Path dir, Path classPath) throws IOException {
        Path src = dir.resolve("src");
        for (var source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        return compileTree(src, classPath, dir.resolve("classes"));
    }
}
