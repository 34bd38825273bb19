package concurrency.grader.design;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.CorpusEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles one question of the reference, the template or a corpus entry, and applies design checks to it. */
public final class DesignTesting {
    private DesignTesting() {
    }

    /** The ids (without the "qN.design." prefix) of the checks that {@code submission} breaks, space-separated. */
    public static String brokenRules(String question, String submission, List<DesignCheck> checks, Path temp) throws IOException {
        Path sources = switch (submission) {
            case "reference" -> reference(question);
            case "template" -> Path.of("../student-template/src/main/java/concurrency", question);
            default -> CorpusEntry.load(submission).materialize(Path.of("../solutions/src/main/java"), temp.resolve("src"))
                    .resolve("concurrency").resolve(question);
        };
        return String.join(" ", violations(question, sources, checks, temp).keySet());
    }

    /**
     * The violations, by check id without the "qN.design." prefix, of the reference of {@code question}
     * with {@code file} replaced by {@code source}: for a unit test that changes one thing.
     */
    public static Map<String, List<String>> violationsOfReferenceWith(String question, String file, String source,
                                                                   List<DesignCheck> checks, Path temp) throws IOException {
        Path changed = Files.createDirectories(temp.resolve("changed"));
        Files.writeString(changed.resolve(file), source);
        return violations(question, overlay(reference(question), changed, temp.resolve("src")), checks, temp);
    }

    /** The source of {@code file} in the reference of {@code question}. */
    public static String referenceSource(String question, String file) throws IOException {
        return Files.readString(reference(question).resolve(file));
    }

    private static Path reference(String question) {
        return Path.of("../solutions/src/main/java/concurrency", question);
    }

    private static Map<String, List<String>> violations(String question, Path sources, List<DesignCheck> checks, Path temp)
            throws IOException {
        Path classes = temp.resolve("classes");
        compile(sources, classes);
        Map<String, List<String>> violations = new TreeMap<>();
        for (DesignCheck check : checks) {
            List<String> found = check.violations(classes);
            if (!found.isEmpty()) {
                violations.put(check.id().replace(question + ".design.", ""), found);
                assertThat(found).as("violations of %s name what is wrong", check.id()).allSatisfy(v -> assertThat(v).isNotBlank());
            }
        }
        return violations;
    }

    private static Path overlay(Path base, Path changed, Path into) throws IOException {
        Files.createDirectories(into);
        for (Path dir : List.of(base, changed)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.copy(file, into.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return into;
    }

    private static void compile(Path sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args;
        try (Stream<Path> files = Files.list(sources)) {
            args = Stream.concat(Stream.of("--release", "17", "-g", "-proc:none", "-d", out.toString()),
                    files.filter(f -> f.toString().endsWith(".java")).map(Path::toString)).toList();
        }
        assertThat(javac.run(null, null, System.err, args.toArray(String[]::new))).as("javac on " + sources).isZero();
    }
}
