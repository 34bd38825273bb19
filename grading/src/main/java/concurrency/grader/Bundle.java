package concurrency.grader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What grader.jar carries besides its own code, unpacked into the work directory: the tests, the
 * stress tests and the reference solutions, each kept apart from the grader's classes so that they
 * can be put on a runner's class path one by one; and the runner's own jar, which is the grader's
 * code and libraries without the bundle, so that no reference is within reach of student code.
 */
public record Bundle(Path runnerJar, Path testsJar, Path stressJar, Optional<Path> referenceClasses) {

    /**
     * Unpacks the bundle into {@code dir}; {@code reference} overrides the bundled reference (a jar or "none").
     * The runner's jar is shared through {@code cache} when there is one.
     */
    public static Bundle unpack(Path dir, String reference, Optional<Path> cache) throws IOException {
        Files.createDirectories(dir);
        Path runner = RunnerJar.prepare(dir, cache);
        Path tests = copy("tests.jar", dir);
        Path stress = copy("stress.jar", dir);
        Optional<Path> referenceJar;
        if (reference == null) {
            // a grade preview (the student handout's grader) carries no reference at all
            referenceJar = hasReference() ? Optional.of(copy("solutions.jar", dir)) : Optional.empty();
        } else if (reference.equals("none")) {
            referenceJar = Optional.empty();
        } else {
            Path jar = Path.of(reference);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("--reference: " + reference + " is neither a jar file nor 'none'");
            }
            referenceJar = Optional.of(jar);
        }
        Optional<Path> classes = referenceJar.map(jar -> explode(jar, dir.resolve("reference")));
        return new Bundle(runner, tests, stress, classes);
    }

    /** Whether this grader carries the reference solutions; a grade preview does not. */
    static boolean hasReference() {
        return Bundle.class.getResource("/bundle/solutions.jar") != null;
    }

    private static Path copy(String name, Path dir) throws IOException {
        try (InputStream in = Bundle.class.getResourceAsStream("/bundle/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bundle/" + name + " is missing from the grader jar: build it with mvn package");
            }
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    private static Path explode(Path jar, Path into) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().endsWith(".class")) {
                    continue;
                }
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
