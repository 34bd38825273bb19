package concurrency.grader.design;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.CorpusEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles one question of the reference, the template or a corpus entry, and applies design checks to it. */
public final class DesignTesting {
    private DesignTesting() {
    }

    /** The ids (without the "qN.design." prefix) of the checks that {@code submission} breaks, space-separated. */
    public static String brokenRules(String question, String submission, List<DesignCheck> checks, Path temp) throws IOException {
        Path reference = Path.of("../solutions/src/main/java");
        Path sources = switch (submission) {
            case "reference" -> reference.resolve("concurrency").resolve(question);
            case "template" -> Path.of("../student-template/src/main/java/concurrency", question);
            default -> CorpusEntry.load(submission).materialize(reference, temp.resolve("src")).resolve("concurrency").resolve(question);
        };
        Path classes = temp.resolve("classes");
        compile(sources, classes);
        Set<String> broken = new TreeSet<>();
        for (DesignCheck check : checks) {
            List<String> found = check.violations(classes);
            if (!found.isEmpty()) {
                broken.add(check.id().replace(question + ".design.", ""));
                assertThat(found).as("violations of %s name what is wrong", check.id()).allSatisfy(v -> assertThat(v).isNotBlank());
            }
        }
        return String.join(" ", broken);
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
