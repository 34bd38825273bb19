package concurrency.grader;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The results of the untouched student template, recorded with the grader ({@code template-results.json},
 * written by {@code scripts/template-results}): they are the same for every student, so a question
 * whose sources are the template's, byte for byte, is not compiled or run but gets them at once.
 * They hold only with the bundled reference (a question is compiled against the other questions'
 * reference classes) and the rubric's points and budgets they were recorded with; anything else is
 * graded as usual. The checks' messages hold stack traces, whose frames depend on the JDK that runs
 * the tests and on the one that compiled them, so the results are replayed only on the very JDK
 * they were recorded on ({@link #jdk}). The corpus tests grade the template without them and
 * require the same results.
 *
 * @param jdk       the runner's JDK and the tests' build JDK when they were recorded ({@link #jdk(Path, Path)})
 * @param questions by question: the digest of the template's sources, and the graded checks of each kind
 */
public record TemplateResults(String jdk, Map<String, Question> questions) {
    static final String RESOURCE = "/template-results.json";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One question of the template: {@link #digest} of its sources, and per kind the rubric item and checks. */
    public record Question(String sources, Map<String, Kind> kinds) {
    }

    /** The checks of one kind as the template scored them under this rubric item. */
    public record Kind(Rubric.Item item, List<GradedTest> tests) {
    }

    public static TemplateResults none() {
        return new TemplateResults(null, Map.of());
    }

    /** The results recorded in this grader, or none if it was built without them. */
    static TemplateResults bundled() {
        try (InputStream in = TemplateResults.class.getResourceAsStream(RESOURCE)) {
            return in == null ? none() : JSON.readValue(in, TemplateResults.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the grader's " + RESOURCE + " is damaged: rebuild it", e);
        }
    }

    static TemplateResults read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), TemplateResults.class);
    }

    void write(Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(this) + "\n", UTF_8);
    }

    /**
     * The digest of the template's sources of each question for which every kind the rubric asks for
     * was recorded under the same points and budget: those are the questions that can be replayed.
     */
    Map<String, String> replayable(Rubric rubric) {
        Map<String, String> digests = new TreeMap<>();
        for (Rubric.Question question : rubric.questions()) {
            Question recorded = questions.get(question.id());
            if (recorded != null && question.kinds().entrySet().stream().allMatch(kind ->
                    recorded.kinds().containsKey(kind.getKey()) && recorded.kinds().get(kind.getKey()).item().equals(kind.getValue()))) {
                digests.put(question.id(), recorded.sources());
            }
        }
        return digests;
    }

    /** The recorded checks of one kind of one question. */
    Optional<List<GradedTest>> tests(String question, String kind) {
        return Optional.ofNullable(questions.get(question)).map(q -> q.kinds().get(kind)).map(Kind::tests);
    }

    /** These results if they were recorded on {@code jdk}, else none. */
    TemplateResults on(String jdk) {
        return jdk.equals(this.jdk) ? this : none();
    }

    /**
     * The JDK a grading's checks run on, as far as their messages can tell: the version of the
     * runners' java and the JDK release that compiled the tests (its lambdas' names show in traces).
     */
    static String jdk(Path javaLauncher, Path testsJar) throws IOException {
        String runtime = "unknown";
        Path release = javaLauncher.toAbsolutePath().getParent().getParent().resolve("release");
        if (Files.isRegularFile(release)) {
            runtime = Files.readAllLines(release).stream().filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElse(runtime);
        }
        String built = "unknown";
        try (JarFile jar = new JarFile(testsJar.toFile())) {
            Manifest manifest = jar.getManifest();
            if (manifest != null && manifest.getMainAttributes().getValue("Build-Jdk-Spec") != null) {
                built = manifest.getMainAttributes().getValue("Build-Jdk-Spec");
            }
        }
        return "java " + runtime + ", tests built by JDK " + built;
    }

    /** The results of one grading of the template on {@code jdk}, with the digest of each question's sources under {@code template}. */
    static TemplateResults of(String jdk, Rubric rubric, List<GradedTest> graded, Path template) throws IOException {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Rubric.Question question : rubric.questions()) {
            Map<String, Kind> kinds = new LinkedHashMap<>();
            question.kinds().forEach((kind, item) -> kinds.put(kind, new Kind(item, graded.stream()
                    .filter(t -> t.question().equals(question.id()) && t.kind().equals(kind)).toList())));
            questions.put(question.id(), new Question(digest(sourcesOf(template, question.id())), kinds));
        }
        return new TemplateResults(jdk, questions);
    }

    private static List<Path> sourcesOf(Path template, String question) throws IOException {
        try (Stream<Path> files = Files.list(template.resolve("concurrency").resolve(question))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /**
     * The digest of a question's sources, whatever the folders they sit in: each file's name, size
     * and bytes, in the order of their names (two files of one package cannot share a name).
     */
    static String digest(List<Path> sources) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        for (Path source : sources.stream().sorted(Comparator.comparing((Path p) -> p.getFileName().toString())
                .thenComparing(Path::toString)).toList()) {
            digest.update(("|" + source.getFileName() + "|" + Files.size(source) + "|").getBytes(UTF_8));
            digest.update(Files.readAllBytes(source));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
