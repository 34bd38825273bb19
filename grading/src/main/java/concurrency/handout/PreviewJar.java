package concurrency.handout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grade preview of the handout: the instructor's grader.jar without anything a student must not
 * have. Left out: the reference solutions ({@code bundle/solutions.jar}), so the preview grades with
 * {@code --reference none}; the hidden tests (its {@code bundle/tests.jar} holds only the public test
 * classes); the template's recorded results, which name every check; the runner's prebuilt jar, which
 * the preview writes from itself when it grades (a few seconds, against 24 MB less in every student's
 * repository); the hidden design rules ({@code concurrency/qN/HiddenDesign}); this generator; grading a class
 * (the classroom package and its libraries, {@code RunnerJar.CLASSROOM_ONLY}); and the
 * build's own metadata. Added: {@code bundle/preview.json}, how
 * many hidden checks each kind has, so that the preview scores the public ones exactly as the
 * instructor's grader does and says how many points it cannot see.
 */
final class PreviewJar {
    static final String TESTS = "bundle/tests.jar";
    static final String PREVIEW = "bundle/preview.json";
    /** Entries of grader.jar that never go into a student's preview, by name prefix. */
    static final List<String> LEFT_OUT = List.of("bundle/solutions.jar", "bundle/runner.jar", TESTS, PREVIEW, "template-results.json",
            "concurrency/handout/", "META-INF/maven/concurrency/");

    private PreviewJar() {
    }

    /**
     * @param grader      the instructor's grader.jar
     * @param publicTests the classes of its tests jar that a student gets, by entry name
     * @param previewJson what {@link concurrency.grader.HiddenChecks} reads
     */
    static Map<String, byte[]> entries(Map<String, byte[]> grader, Map<String, byte[]> publicTests, byte[] previewJson) throws IOException {
        Map<String, byte[]> preview = new LinkedHashMap<>();
        grader.forEach((name, content) -> {
            if (LEFT_OUT.stream().noneMatch(name::startsWith) && !isHiddenDesign(name)
                    && concurrency.grader.RunnerJar.CLASSROOM_ONLY.stream().noneMatch(name::startsWith)) {
                preview.put(name, content);
            }
        });
        preview.put(TESTS, JarEntries.toBytes(publicTests));
        preview.put(PREVIEW, previewJson);
        return preview;
    }

    /** {@code concurrency/q4/HiddenDesign.class}, and its nested and lambda classes. */
    static boolean isHiddenDesign(String entry) {
        return entry.matches("concurrency/q\\d+/" + concurrency.grader.design.DesignRules.HIDDEN_CLASS + "(\\$.*)?\\.class");
    }

    static void write(Map<String, byte[]> entries, Path target) throws IOException {
        JarEntries.write(entries, target);
    }
}
