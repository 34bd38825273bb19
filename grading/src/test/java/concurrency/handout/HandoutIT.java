package concurrency.handout;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.CorpusEntry;
import concurrency.grader.GradedTest;
import concurrency.grader.HiddenChecks;
import concurrency.grader.TemplateResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.yaml.snakeyaml.Yaml;

/**
 * The student handout, proven in the build: generated once into a temporary folder, checked for leaks
 * (and the leak check itself shown to find planted ones), then used as a student would, offline against
 * the local Maven repository: the README's commands and the workflow's steps on the untouched template,
 * and again with the reference's sources copied in. Nested builds run one at a time (this class's tests
 * run in one thread); a copy of the handout keeps the one generated untouched.
 */
@Execution(ExecutionMode.SAME_THREAD)
class HandoutIT {
    static final Path REPO = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    static final Path GRADER = Path.of(System.getProperty("grader.jar", "target/grader.jar")).toAbsolutePath();
    private static final Duration BUILD = Duration.ofMinutes(10);
    private static final Pattern BLOCK_COMMAND = Pattern.compile("(?m)^    ((?:mvn|java) .+)$");

    @TempDir
    static Path work;
    private static Handout.Written written;

    @BeforeAll
    static void generate() throws IOException {
        written = new Handout(REPO, GRADER).write(work.resolve("handout"));
    }

    private static Path handout() {
        return written.dir();
    }

    @Test
    @DisplayName("the handout holds the template, the public tests, the student files and a preview without the reference or hidden tests")
    void holdsOnlyWhatAStudentNeeds() throws IOException {
        Path h = handout();
        assertThat(List.of("pom.xml", "README.md", ".gitignore", ".github/workflows/grade.yml", Handout.PREVIEW, "hints/q4.md",
                "src/test/java/concurrency/q4/NumberListTest.java", "src/test/java/concurrency/stress/RaceTest.java"))
                .allSatisfy(file -> assertThat(h.resolve(file)).isRegularFile());
        assertThat(tree(h.resolve("src/main/java"))).as("src/main/java is the template, file for file")
                .isEqualTo(tree(REPO.resolve("student-template/src/main/java")));
        assertThat(h.resolve("src/test/java/concurrency/q1/WorkloadsHiddenTest.java")).doesNotExist();
        assertThat(h.resolve("src/test/java/concurrency/testing/Hidden.java")).doesNotExist();
        try (Stream<Path> top = Files.list(h)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "pom.xml", "README.md", ".gitignore", ".github", "hints", "src", "tools");
        }

        Map<String, byte[]> preview = JarEntries.read(h.resolve(Handout.PREVIEW));
        assertThat(preview.keySet()).doesNotContain("bundle/solutions.jar", "bundle/runner.jar", "template-results.json")
                .noneMatch(name -> name.startsWith("concurrency/handout/") || name.startsWith("META-INF/maven/concurrency/"))
                .contains("bundle/tests.jar", "bundle/stress.jar", "bundle/preview.json", "concurrency/grader/GraderMain.class");
        Set<String> previewTests = JarEntries.read(preview.get("bundle/tests.jar")).keySet();
        assertThat(previewTests).contains("concurrency/q1/WorkloadsTest.class")
                .doesNotContain("concurrency/q1/WorkloadsHiddenTest.class", "concurrency/testing/Hidden.class");
    }

    @Test
    @DisplayName("the preview counts the hidden checks as the instructor's grader planned them (the record of the template's grading)")
    void previewCountsTheHiddenChecksOfTheInstructorsGrader() throws IOException {
        Map<String, byte[]> grader = JarEntries.read(GRADER);
        TemplateResults record = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(grader.get("template-results.json"), TemplateResults.class);
        Map<String, String> planned = new TreeMap<>();
        record.questions().forEach((question, recorded) -> recorded.kinds().forEach((kind, graded) -> {
            long hidden = graded.tests().stream().filter(GradedTest::hidden).count();
            if (hidden > 0) {
                planned.put(question + " " + kind, graded.tests().size() + " checks, " + hidden + " hidden");
            }
        }));
        HiddenChecks counted = new ObjectMapper().readValue(JarEntries.read(handout().resolve(Handout.PREVIEW)).get("bundle/preview.json"),
                HiddenChecks.PreviewFile.class).hiddenChecks();
        Map<String, String> previewed = new TreeMap<>();
        counted.kinds().forEach((question, kinds) -> kinds.forEach((kind, count) ->
                previewed.put(question + " " + kind, count.checks() + " checks, " + count.hidden() + " hidden")));

        assertThat(previewed).as("hidden checks in the preview vs. in the instructor's record (run scripts/template-results if "
                + "the tests changed)").isEqualTo(planned).isNotEmpty();
    }

    @Test
    @DisplayName("every command the template's Javadoc names is a README command (for some question), and every hint it names is there")
    void javadocNamesTheReadmesCommands() throws IOException {
        String readme = Files.readString(handout().resolve("README.md"), UTF_8);
        Set<String> readmeCommands = new TreeSet<>();
        BLOCK_COMMAND.matcher(readme).results().forEach(m -> readmeCommands.add(m.group(1).strip().replaceAll("\\bq\\d\\b", "qN")));
        Set<String> named = new TreeSet<>();
        for (Path info : files(handout().resolve("src/main/java"), "package-info.java")) {
            String text = Files.readString(info, UTF_8).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
            Matcher code = Pattern.compile("\\{@code ((?:mvn |java -|\\./)[^}]*)}").matcher(text);
            while (code.find()) {
                named.add(code.group(1).strip().replaceAll("\\bq\\d\\b", "qN"));
            }
            Matcher hint = Pattern.compile("\\{@code (hints/q\\d\\.md)}").matcher(text);
            while (hint.find()) {
                assertThat(handout().resolve(hint.group(1))).as("%s names %s", info.getFileName(), hint.group(1)).isRegularFile();
            }
        }
        assertThat(named).as("commands in the template's package-info files").isNotEmpty();
        assertThat(readmeCommands).as("the README's commands, which this test runs").containsAll(named);
        // -Dgroups=qN selects a question's tests only if each public test class carries its question's tag
        for (String test : written.testClasses()) {
            TestSelection.questionOf(test).filter(q -> test.endsWith("Test") && !test.contains("$")).ifPresent(q ->
                    assertThat(classTags(test)).as("the tags of %s", test).contains(q));
        }
    }

    @Test
    @DisplayName("the leak check finds nothing of the reference, the corpus's correct alternatives, the written answers or the hidden tests")
    void leakCheckFindsNothing() throws Exception {
        List<LeakCheck.Leak> leaks = LeakCheck.check(handout(), LeakCheck.forbidden(REPO, GRADER, alternatives()));

        assertThat(leaks).isEmpty();
    }

    @Test
    @DisplayName("the leak check reports a planted reference class, a planted answer sentence and a planted hidden test")
    void leakCheckReportsPlantedLeaks() throws Exception {
        Path planted = copyOf(handout(), work.resolve("planted"));
        Files.copy(REPO.resolve("solutions/src/main/java/concurrency/q4/NumberList.java"),
                planted.resolve("src/main/java/concurrency/q4/NumberList.java"), StandardCopyOption.REPLACE_EXISTING);
        WrittenAnswers.Answer q6 = WrittenAnswers.in(REPO.resolve("solutions/src/main/java")).stream()
                .filter(a -> a.question().equals("q6")).findFirst().orElseThrow();
        String sentence = Words.sentences(q6.text()).stream().filter(s -> s.size() >= 12).findFirst().map(s -> String.join(" ", s)).orElseThrow();
        Files.writeString(planted.resolve("README.md"), "\nA tip: " + sentence + ".\n", UTF_8, java.nio.file.StandardOpenOption.APPEND);
        for (String file : List.of("concurrency/q1/WorkloadsHiddenTest.java", "concurrency/testing/Hidden.java")) {
            Files.copy(REPO.resolve("tests/src/test/java").resolve(file), planted.resolve("src/test/java").resolve(file));
        }

        List<LeakCheck.Leak> leaks = LeakCheck.check(planted, LeakCheck.forbidden(REPO, GRADER, Map.of()));

        String all = leaks.stream().map(LeakCheck.Leak::toString).collect(Collectors.joining("\n"));
        assertThat(leaks).as(all)
                .anySatisfy(l -> assertThat(l.toString()).startsWith("code: src/main/java: concurrency/q4/NumberList.")
                        .contains("the same code as the reference: concurrency/q4/NumberList."))
                .anySatisfy(l -> assertThat(l.toString()).startsWith("written answer: README.md").contains("written answer of Q6"))
                .anySatisfy(l -> assertThat(l.toString()).contains("concurrency/q1/WorkloadsHiddenTest").contains("the hidden test class itself"))
                .anySatisfy(l -> assertThat(l.toString()).startsWith("hidden test: src/test/java/concurrency/q1/WorkloadsHiddenTest.java")
                        .contains("the name of the hidden test"));
    }

    @Test
    @DisplayName("on the template: mvn test runs every public test and each fails with its TODO; the stress command runs; the workflow's "
            + "steps build, preview a score of 0, and write the summary table and the annotations")
    void readmeAndWorkflowOnTheTemplate() throws Exception {
        Path h = offline(copyOf(handout(), work.resolve("template")));
        String readme = Files.readString(h.resolve("README.md"), UTF_8);
        List<String> commands = BLOCK_COMMAND.matcher(readme).results().map(m -> m.group(1).strip()).toList();
        assertThat(commands).contains("mvn test -Dgroups=q4", "mvn test -Pstress -Dgroups=q4",
                "java -jar tools/grade-preview.jar . --no-sandbox", "mvn -B test-compile");

        Shell all = Shell.run("mvn -B test", h, Map.of(), BUILD);
        List<SurefireReports.Case> cases = SurefireReports.read(h);
        assertThat(all.exitStatus()).as(all.tail()).isNotZero();
        assertThat(cases).as("test cases that mvn test reported").hasSizeGreaterThanOrEqualTo(publicTestMethods().size())
                .allSatisfy(c -> assertThat(c.problem()).as("%s.%s", c.className(), c.name()).containsPattern("TODO Q\\d"));
        assertEveryPublicTestRan(cases);

        Shell oneQuestion = Shell.run("mvn test -Dgroups=q4", h, Map.of(), BUILD);
        assertThat(oneQuestion.output()).as(oneQuestion.tail()).contains("TODO Q4").doesNotContain("TODO Q7");
        Shell stress = Shell.run("mvn test -Pstress -Dgroups=q4", h, Map.of(), BUILD);
        assertThat(SurefireReports.read(h)).as(stress.tail()).filteredOn(c -> c.className().endsWith("RaceTest")).hasSize(7)
                .allSatisfy(c -> assertThat(c.problem()).contains("Not run: new NumberList()"));

        Path summary = work.resolve("template-summary.md");
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString(),
                "GITHUB_WORKSPACE", h.toString(), "CI", "true");
        List<String> steps = workflowRunSteps();
        assertThat(commands).as("the workflow runs the README's commands").containsAll(steps);
        StringBuilder output = new StringBuilder();
        for (String step : steps) {
            Shell run = Shell.run(step, h, github, BUILD);
            assertThat(run.exitStatus()).as("%s\n%s", step, run.tail()).isZero();
            output.append(run.output());
        }
        JsonNode results = new ObjectMapper().readTree(h.resolve("results.json").toFile());
        assertThat(results.get("score").asDouble()).as(output.toString()).isZero();
        // each public test ran as a check of its own and failed on its TODO (not a run that could not even start)
        List<JsonNode> correctness = new ArrayList<>();
        results.get("tests").forEach(t -> {
            if (t.get("tags").toString().contains("correctness")) {
                correctness.add(t);
            }
        });
        assertThat(correctness).as(output.toString()).hasSize(publicTestMethods().size())
                .allSatisfy(t -> assertThat(t.get("output").asText()).as(t.get("name").asText()).containsPattern("TODO Q\\d"));
        // every public check has the very share the instructor's grader gives it (its record of the same template)
        Map<String, Double> previewShares = new TreeMap<>();
        results.get("tests").forEach(t -> previewShares.put(t.get("name").asText(), t.get("max_score").asDouble()));
        Map<String, Double> instructorShares = new TreeMap<>();
        TemplateResults record = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(JarEntries.read(GRADER).get("template-results.json"), TemplateResults.class);
        record.questions().values().forEach(q -> q.kinds().values().forEach(k -> k.tests().stream().filter(t -> !t.hidden())
                .forEach(t -> instructorShares.put(t.name(), t.maxScore()))));
        assertThat(previewShares).isEqualTo(instructorShares);
        assertThat(results.get("max_score").asDouble()).isCloseTo(100 - hiddenPoints(), org.assertj.core.api.Assertions.within(0.001));
        assertThat(Files.readString(summary, UTF_8)).contains("| Question | Points | What failed |",
                "| Q4 - One thread adds, another removes: a list guarded by a lock | 0/20 |", "hidden check");
        assertThat(output.toString().lines().filter(l -> l.startsWith("::error ")))
                .anySatisfy(l -> assertThat(l).matches("::error file=src/main/java/concurrency/q4/NumberList\\.java,line=\\d+,title=Q4 design.*"));
        assertThat(output.toString()).contains("not in this preview: 1 hidden check worth");
    }

    /**
     * The reference in the handout. {@code mvn test} on it is not run again here: it would run the very public
     * test classes against the very reference under the same JUnit settings as the tests module of this build
     * does (about a minute more); the student's pom is proven on the template above. The preview runs every
     * public test too, each as a check of its own, and all of them must pass.
     */
    @Test
    @DisplayName("with the reference's sources copied in: the preview passes every public test and scores the full public points")
    void previewOnTheReference() throws Exception {
        Path h = offline(copyOf(handout(), work.resolve("reference")));
        deleteTree(h.resolve("src/main/java"));
        copyTree(REPO.resolve("solutions/src/main/java"), h.resolve("src/main/java"));

        Shell preview = Shell.run("java -jar tools/grade-preview.jar . --no-sandbox", h, Map.of(), BUILD);
        JsonNode results = new ObjectMapper().readTree(h.resolve("results.json").toFile());
        assertThat(preview.exitStatus()).as(preview.tail()).isZero();
        assertThat(results.get("max_score").asDouble()).isCloseTo(100 - hiddenPoints(), org.assertj.core.api.Assertions.within(0.001));
        assertThat(results.get("score").asDouble()).as(preview.output()).isEqualTo(results.get("max_score").asDouble());
        long checks = java.util.stream.StreamSupport.stream(results.get("tests").spliterator(), false)
                .filter(t -> t.get("tags").toString().contains("correctness")).count();
        assertThat(checks).as("every public test is a passed check of the preview").isEqualTo(publicTestMethods().size());
        assertThat(preview.output()).contains("no reference: everything from the submission");
    }

    @Test
    @DisplayName("the workflow is valid YAML, runs on every push, uses only pinned actions/checkout, setup-java and upload-artifact")
    void workflowIsPinnedAndPlain() throws IOException {
        Map<String, Object> workflow = workflow();
        Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(true); // YAML 1.1 reads "on" as true
        assertThat(on).asString().contains("push");
        List<String> uses = new ArrayList<>();
        for (Map<String, Object> step : steps(workflow)) {
            if (step.containsKey("uses")) {
                uses.add((String) step.get("uses"));
            }
        }
        assertThat(uses).hasSize(3).allSatisfy(u -> assertThat(u)
                .matches("actions/(checkout|setup-java|upload-artifact)@[0-9a-f]{40}"));
        assertThat(Files.readString(handout().resolve(".github/workflows/grade.yml"), UTF_8)).doesNotContain("secrets.");
    }

    // ----------------------------------------------------------------------------------------------

    /** The correct alternatives of the corpus: each entry's question, compiled against the reference. */
    private static Map<String, Map<String, byte[]>> alternatives() throws Exception {
        Map<String, Map<String, byte[]>> alternatives = new LinkedHashMap<>();
        Path referenceJar = work.resolve("solutions.jar");
        Files.write(referenceJar, JarEntries.read(GRADER).get("bundle/solutions.jar"));
        for (String name : CorpusEntry.names("")) {
            CorpusEntry entry = CorpusEntry.load(name);
            if (entry.kind() != CorpusEntry.Kind.ALTERNATIVE) {
                continue;
            }
            Path sources = entry.materialize(REPO.resolve("solutions/src/main/java"), work.resolve("alt/" + name + "/src"));
            Path classes = Files.createDirectories(work.resolve("alt/" + name + "/classes"));
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", referenceJar.toString(), "-proc:none", "-nowarn",
                    "--release", "17"));
            files(sources.resolve("concurrency").resolve(entry.question()), ".java").forEach(f -> args.add(f.toString()));
            java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
            int status = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, args.toArray(String[]::new));
            assertThat(status).as("%s compiles: %s", name, errors.toString(UTF_8)).isZero();
            Map<String, byte[]> compiled = new TreeMap<>();
            for (Path file : files(classes, ".class")) {
                compiled.put(classes.relativize(file).toString().replace('\\', '/').replace(".class", ""), Files.readAllBytes(file));
            }
            alternatives.put("corpus entry " + name, compiled);
        }
        assertThat(alternatives).as("correct alternatives in the corpus").hasSizeGreaterThan(5);
        return alternatives;
    }

    /**
     * Surefire names a test's class by its display name ("Q4 NumberList"), so a test is known here by its
     * method name: every public method name must have run, and at least as many methods as there are.
     */
    private static void assertEveryPublicTestRan(List<SurefireReports.Case> cases) throws IOException {
        Set<String> expected = publicTestMethods();
        Set<String> ranMethods = cases.stream().map(SurefireReports.Case::method).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ran = cases.stream().map(c -> c.className() + "." + c.method()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ranMethods).as("every public test method ran").containsAll(
                expected.stream().map(m -> m.substring(m.lastIndexOf('.') + 1)).toList());
        assertThat(ran).as("test methods that ran").hasSizeGreaterThanOrEqualTo(expected.size());
    }

    private static Map<String, byte[]> publicTests;

    /** The classes of the preview's tests jar, read once (the preview is 25 MB). */
    private static synchronized Map<String, byte[]> publicTests() throws IOException {
        if (publicTests == null) {
            publicTests = JarEntries.read(JarEntries.read(handout().resolve(Handout.PREVIEW)).get("bundle/tests.jar"));
        }
        return publicTests;
    }

    /** {@code concurrency.q4.NumberListTest.removesInOrder}: every test method of the public classes. */
    private static Set<String> publicTestMethods() throws IOException {
        Map<String, byte[]> tests = publicTests();
        Set<String> methods = new TreeSet<>();
        tests.forEach((name, bytes) -> {
            if (name.endsWith(".class") && TestSelection.questionOf(name.replace(".class", "")).isPresent()) {
                ClassNode node = new ClassNode();
                new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE);
                node.methods.stream().filter(m -> m.visibleAnnotations != null && m.visibleAnnotations.stream()
                        .anyMatch(a -> a.desc.startsWith("Lorg/junit/jupiter/"))
                        && m.visibleAnnotations.stream().anyMatch(a -> a.desc.endsWith("Test;") || a.desc.endsWith("TestFactory;")))
                        .forEach(m -> methods.add(node.name.replace('/', '.') + "." + m.name));
            }
        });
        return methods;
    }

    private static Set<String> classTags(String className) {
        try {
            byte[] bytes = publicTests().get(className + ".class");
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE);
            Set<String> tags = new TreeSet<>();
            if (node.visibleAnnotations != null) {
                node.visibleAnnotations.stream().filter(a -> a.desc.equals("Lorg/junit/jupiter/api/Tag;"))
                        .forEach(a -> tags.add(String.valueOf(a.values.get(1))));
            }
            return tags;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double hiddenPoints() throws IOException {
        HiddenChecks hidden = new ObjectMapper().readValue(JarEntries.read(handout().resolve(Handout.PREVIEW)).get("bundle/preview.json"),
                HiddenChecks.PreviewFile.class).hiddenChecks();
        double points = 0;
        for (var question : concurrency.grader.Rubric.bundled().questions()) {
            for (var kind : question.kinds().entrySet()) {
                points += hidden.points(question.id(), kind.getKey(), kind.getValue());
            }
        }
        return Math.round(points * 100) / 100.0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(handout().resolve(".github/workflows/grade.yml"), UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> steps = new ArrayList<>();
        jobs.values().forEach(job -> steps.addAll((List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")));
        return steps;
    }

    private static List<String> workflowRunSteps() throws IOException {
        return steps(workflow()).stream().filter(s -> s.containsKey("run")).map(s -> ((String) s.get("run")).strip()).toList();
    }

    /** Maven offline in this copy, against the local repository, through Maven's own per-project configuration. */
    private static Path offline(Path project) throws IOException {
        Files.createDirectories(project.resolve(".mvn"));
        Files.writeString(project.resolve(".mvn/maven.config"), "-o\n", UTF_8);
        return project;
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        copyTree(from, to);
        return to;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path file : files(from, "")) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        for (Path file : files(root, "")) {
            tree.put(root.relativize(file).toString(), Files.readString(file, UTF_8));
        }
        return tree;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix))
                    .filter(f -> !root.relativize(f).toString().startsWith("target")).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
