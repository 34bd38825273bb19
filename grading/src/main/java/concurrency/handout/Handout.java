package concurrency.handout;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.HiddenChecks;
import concurrency.grader.Rubric;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.DesignRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the student handout: a standalone Maven project that holds the template, the public tests
 * and only the helpers they need, the race tests, the hints, the grade preview (a grader without the
 * reference and without the hidden checks), a README, the workflow that grades every push, and a
 * .gitignore. Nothing else of this repository goes in; {@link LeakCheck} then proves it.
 *
 * @param repo   this repository (sources, hints, the student files in {@code grading/handout/})
 * @param grader the instructor's grader.jar, whose bundle holds the compiled tests and stress tests
 */
public record Handout(Path repo, Path grader) {
    /** Where the preview goes in the handout, as README.md and the Javadoc name it. */
    public static final String PREVIEW = "tools/grade-preview.jar";
    static final String STUDENT_FILES = "grading/handout";
    /** The race tests' JUnit driver, which only the handout runs (this repository's grader runs jcstress itself). */
    static final String RACE_TEST = "concurrency/stress/RaceTest.java";

    /** What went into a handout: the classes it got of the tests and of the stress tests, and the hidden checks it lacks. */
    public record Written(Path dir, Set<String> testClasses, Set<String> stressClasses, HiddenChecks hidden) {
    }

    public Written write(Path out) throws IOException {
        if (Files.exists(out) && (!Files.isDirectory(out) || isNotEmpty(out))) {
            throw new IllegalArgumentException("<out-dir>: " + out + " already exists and is not an empty folder; "
                    + "give a new folder, so that nothing of an older handout stays in it");
        }
        Map<String, byte[]> graderJar = JarEntries.read(grader);
        Map<String, byte[]> tests = JarEntries.read(entry(graderJar, "bundle/tests.jar"));
        Map<String, byte[]> stress = JarEntries.read(entry(graderJar, "bundle/stress.jar"));
        TestSelection selection = new TestSelection(tests);
        Set<String> stressClasses = stressClasses(stress);
        HiddenChecks hidden = hiddenChecks(selection);

        copyTree(repo.resolve("student-template/src/main/java"), out.resolve("src/main/java"));
        copyTree(repo.resolve("student-template/hints"), out.resolve("hints"));
        copySources(selection.selected(), selection::sourceOf, repo.resolve("tests/src/test/java"), out.resolve("src/test/java"));
        copySources(stressClasses, name -> TestSelection.sourceOf(stress.get(name + ".class")),
                repo.resolve("stress/src/main/java"), out.resolve("src/test/java"));
        copy(repo.resolve("stress/src/test/java").resolve(RACE_TEST), out.resolve("src/test/java").resolve(RACE_TEST));

        Map<String, byte[]> publicTests = new LinkedHashMap<>();
        selection.selected().forEach(name -> publicTests.put(name + ".class", tests.get(name + ".class")));
        byte[] previewJson = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new HiddenChecks.PreviewFile(hidden));
        PreviewJar.write(PreviewJar.entries(graderJar, publicTests, previewJson), out.resolve(PREVIEW));

        Path files = repo.resolve(STUDENT_FILES);
        Map<String, String> tokens = new LinkedHashMap<>(versions());
        tokens.put("questions", questionTable(hidden));
        tokens.put("hidden", hiddenSentence(hidden));
        writeFilled(files.resolve("pom.xml"), out.resolve("pom.xml"), tokens);
        writeFilled(files.resolve("README.md"), out.resolve("README.md"), tokens);
        copy(files.resolve("gitignore"), out.resolve(".gitignore"));
        copy(files.resolve("grade.yml"), out.resolve(".github/workflows/grade.yml"));
        return new Written(out, selection.selected(), stressClasses, hidden);
    }

    /**
     * The hidden checks per question and kind, with every check of that kind: the correctness tests of
     * the hidden test classes, and the design rules marked hidden.
     */
    static HiddenChecks hiddenChecks(TestSelection selection) {
        Map<String, Integer> hiddenTests = selection.checksByQuestion(selection.hidden());
        Map<String, Integer> publicTests = selection.checksByQuestion(selection.selected());
        Map<String, Map<String, HiddenChecks.Count>> kinds = new TreeMap<>();
        for (Rubric.Question question : Rubric.bundled().questions()) {
            String id = question.id();
            int hiddenCount = hiddenTests.getOrDefault(id, 0);
            if (hiddenCount > 0) {
                kinds.computeIfAbsent(id, q -> new TreeMap<>()).put("correctness",
                        new HiddenChecks.Count(hiddenCount + publicTests.getOrDefault(id, 0), hiddenCount));
            }
            List<DesignCheck> rules = DesignRules.forQuestion(id);
            long hiddenRules = rules.stream().filter(DesignCheck::hidden).count();
            if (hiddenRules > 0) {
                kinds.computeIfAbsent(id, q -> new TreeMap<>()).put("design", new HiddenChecks.Count(rules.size(), (int) hiddenRules));
            }
        }
        return new HiddenChecks(kinds);
    }

    /** The race tests and what they need: every class of the stress tests' question packages, and the runner they go through. */
    private static Set<String> stressClasses(Map<String, byte[]> stress) {
        Set<String> roots = new TreeSet<>();
        stress.keySet().stream().filter(n -> n.endsWith(".class")).map(n -> n.substring(0, n.length() - ".class".length()))
                .filter(n -> TestSelection.questionOf(n).isPresent() || n.equals("concurrency/stress/StressRun"))
                .filter(n -> !n.contains("_jcstress")) // generated by jcstress when the stress tests compile
                .filter(n -> !n.endsWith("/package-info")) // the stress module's notes on its packages, not the student's
                .forEach(roots::add);
        Set<String> reached = new TreeSet<>(roots);
        List<String> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            for (String next : concurrency.grader.ClassReferences.namesIn(stress.get(todo.remove(todo.size() - 1) + ".class"))) {
                if (stress.containsKey(next + ".class") && !next.contains("_jcstress") && reached.add(next)) {
                    todo.add(next);
                }
            }
        }
        return reached;
    }

    private static String questionTable(HiddenChecks hidden) {
        StringBuilder table = new StringBuilder("| question | points | your code |\n|---|---:|---|\n");
        for (Rubric.Question question : Rubric.bundled().questions()) {
            table.append("| ").append(question.title().replace(" - ", " — ")).append(" | ")
                    .append(points(question.maxScore())).append(" | `src/main/java/concurrency/").append(question.id()).append("/` |\n");
        }
        return table.toString().strip();
    }

    /** "One check (Q1 correctness, 0.83 points) is not in the preview.", or the same for several. */
    private static String hiddenSentence(HiddenChecks hidden) {
        List<String> parts = new ArrayList<>();
        int checks = 0;
        double points = 0;
        for (Rubric.Question question : Rubric.bundled().questions()) {
            for (Map.Entry<String, Rubric.Item> kind : question.kinds().entrySet()) {
                var count = hidden.of(question.id(), kind.getKey());
                if (count.isPresent()) {
                    double share = hidden.points(question.id(), kind.getKey(), kind.getValue());
                    checks += count.get().hidden();
                    points += share;
                    parts.add(question.id().toUpperCase() + " " + kind.getKey() + (count.get().hidden() == 1 ? "" : " " + count.get().hidden()
                            + " checks") + ", " + points(share) + " points");
                }
            }
        }
        if (checks == 0) {
            return "This assignment has none: the preview runs every check.";
        }
        return checks == 1 ? "One check (" + parts.get(0) + ") is not in the preview."
                : checks + " checks worth " + points(points) + " points are not in the preview (" + String.join("; ", parts) + ").";
    }

    private static String points(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points);
    }

    /** The versions of this build's libraries and plugins, for the student's pom.xml. */
    private static Map<String, String> versions() {
        Properties versions = new Properties();
        try (InputStream in = Handout.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("concurrency/handout/versions.properties is missing from the grader: build it with mvn package");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        versions.stringPropertyNames().forEach(name -> map.put(name, versions.getProperty(name)));
        return map;
    }

    /** Copies a template with every {@code @token@} filled in; a token left unfilled is a mistake in the template. */
    private static void writeFilled(Path template, Path target, Map<String, String> tokens) throws IOException {
        String text = Files.readString(template, UTF_8);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            text = text.replace("@" + token.getKey() + "@", token.getValue());
        }
        java.util.regex.Matcher left = java.util.regex.Pattern.compile("@[a-z.]+@").matcher(text);
        if (left.find()) {
            throw new IllegalStateException(template + " has the token " + left.group() + ", which the generator does not fill");
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, UTF_8);
    }

    private static void copySources(Set<String> classes, java.util.function.Function<String, String> sourceOf, Path from, Path to)
            throws IOException {
        Set<String> sources = new TreeSet<>();
        classes.forEach(name -> sources.add(sourceOf.apply(name)));
        for (String source : sources) {
            Path file = from.resolve(source);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("the compiled tests hold a class of " + source + ", but " + file
                        + " does not exist: build the grader again (mvn package) so that it matches the sources");
            }
            copy(file, to.resolve(source));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] entry(Map<String, byte[]> jar, String name) {
        byte[] content = jar.get(name);
        if (content == null) {
            throw new IllegalStateException(name + " is missing from the grader: build it with mvn package");
        }
        return content;
    }

    private static boolean isNotEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
