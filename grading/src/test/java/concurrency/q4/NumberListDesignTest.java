package concurrency.q4;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.grader.design.DesignCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each design rule of Q4 passes on the reference and fails exactly on the submissions that break it. */
class NumberListDesignTest {
    private static final Path CORPUS = Path.of("src/test/resources/submissions");
    private static final Path REFERENCE = Path.of("../solutions/src/main/java/concurrency/q4");
    private static final Path TEMPLATE = Path.of("../student-template/src/main/java/concurrency/q4");

    @ParameterizedTest(name = "{0} breaks [{1}]")
    @DisplayName("the rules that a submission breaks")
    @CsvSource(delimiter = ';', value = {
            "reference;                    ''",
            "q4-alt-linkedlist-fair;       ''",
            "q4-alt-arraylist-signalall;   ''",
            "template;                     condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-unsynchronised;            condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-local-lock;                condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-unlock-not-in-finally;     unlock-in-finally",
            "q4-sleep-polling;             condition-wait",
            "q4-synchronized;              condition-wait every-method-locks one-lock-field unlock-in-finally",
            "q4-lifo;                      ''",
            "q4-missing-signal;            ''",
    })
    void rulesBroken(String submission, String broken, @TempDir Path temp) throws IOException {
        Path sources = switch (submission) {
            case "reference" -> REFERENCE;
            case "template" -> TEMPLATE;
            default -> withReference(CORPUS.resolve(submission).resolve("src/main/java/concurrency/q4"), temp.resolve("src"));
        };
        Path classes = temp.resolve("out");
        compile(sources, classes);

        Map<String, List<String>> violations = new TreeMap<>();
        for (DesignCheck check : NumberListDesign.checks()) {
            List<String> found = check.violations(classes);
            if (!found.isEmpty()) {
                violations.put(check.id().replace("q4.design.", ""), found);
            }
        }

        assertThat(String.join(" ", violations.keySet())).as("rules broken by %s: %s", submission, violations)
                .isEqualTo(broken);
        violations.values().forEach(messages -> assertThat(messages).allSatisfy(m -> assertThat(m).isNotBlank()));
    }

    /** A corpus entry holds only the files it changes; the rest of the package is the reference's. */
    private static Path withReference(Path changed, Path into) throws IOException {
        Files.createDirectories(into);
        for (Path dir : List.of(REFERENCE, changed)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.copy(file, into.resolve(file.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
