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

/** The tests' way to the jars and classes the grader reads: the modules' jars, and sources compiled on the spot. */
final class ModuleJars {
    private ModuleJars() {
    }

    /**
     * The module that holds {@code member} as the grader's bundle holds it, a jar. Under {@code mvn test}
     * alone (no package phase) a module is a folder of classes on the class path, so it is packed first.
     */
    static Path of(Class<?> member) throws URISyntaxException, IOException {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.isDirectory(location) ? jar(location) : location;
    }

    /** Every file under {@code folder}, packed into a new temporary jar. */
    static Path jar(Path folder) throws IOException {
        Path jar = Files.createTempFile("module", ".jar");
        jar.toFile().deleteOnExit();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Compiles the sources in {@code sources} (one folder) into {@code out}, with {@code classPath} (may be empty). */
    static void compile(Path sources, Path out, String classPath) throws IOException {
        List<String> args;
        try (Stream<Path> files = Files.list(sources)) {
            args = Stream.concat(Stream.of("--release", "17", "-proc:none", "-d", out.toString(), "-cp", classPath),
                    files.filter(f -> f.toString().endsWith(".java")).map(Path::toString)).toList();
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, System.err, args.toArray(String[]::new))).isZero();
    }
}
