package concurrency.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the real grader.jar on a directory, as an instructor would, and reads its results.json. */
public record GradedSubmission(JsonNode results, String console, int exitStatus) {
    static final Path GRADER = Path.of(System.getProperty("grader.jar", "target/grader.jar"));
    static final Path SOLUTIONS = Path.of(System.getProperty("solutions.sources", "../solutions/src/main/java"));
    static final Path TEMPLATE = Path.of(System.getProperty("template.sources", "../student-template/src/main/java"));
    private static final String HEAP = "-Xmx256m";
    private static final Optional<ClassDataArchive> ARCHIVE = archive();

    static GradedSubmission grade(Path submission, Path workDir, String... extraArgs) throws IOException, InterruptedException {
        Path results = workDir.resolve("results.json");
        Path log = workDir.resolve("console.txt");
        List<String> args = new ArrayList<>(List.of(submission.toString(), "--results", results.toString()));
        args.addAll(List.of(extraArgs));
        int status = runGrader(args, log, 15, "the grader itself");
        String console = Files.readString(log);
        JsonNode json = Files.exists(results) ? new ObjectMapper().readTree(results.toFile()) : null;
        return new GradedSubmission(json, console, status);
    }

    /**
     * Runs {@code java -jar grader.jar <args>} with its console into {@code log}, and returns its exit status;
     * a run past {@code minutes} is a hang of ours and fails the test. Whatever it started is killed after.
     */
    public static int runGrader(List<String> args, Path log, long minutes, String what) throws IOException, InterruptedException {
        // A small heap: the grader must stay inside it whatever the submission prints or declares.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The integration tests start the grader some two hundred times: they share its classes, as a class's graders do.
        // A grading writes the archive if there is none yet (not --version: it would hold only the classes that loads).
        boolean grading = args.contains("--results");
        ClassDataArchive.Use classData = ARCHIVE.map(a -> grading ? a.use() : a.mapOnly()).orElse(ClassDataArchive.Use.NONE);
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(classData.options());
        command.addAll(List.of(HEAP, GraderMain.QUICK_JIT, "-jar", GRADER.toAbsolutePath().toString()));
        command.addAll(args);
        Process grader = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!grader.waitFor(minutes, TimeUnit.MINUTES)) {
                throw new AssertionError(what + " did not finish within " + minutes + " minutes (a hang)");
            }
        } finally {
            grader.descendants().forEach(ProcessHandle::destroyForcibly);
            grader.destroyForcibly();
        }
        if (ARCHIVE.isPresent()) {
            ARCHIVE.get().keep(classData, grader.exitValue() == 0);
        }
        return grader.exitValue();
    }

    /** The graders' class-data archive, kept beside grader.jar (none if it cannot be). */
    private static Optional<ClassDataArchive> archive() {
        try {
            return ClassDataArchive.of(Optional.of(GRADER.toAbsolutePath().getParent()), "grader-it",
                    Path.of(System.getProperty("java.home"), "bin", "java"), List.of(HEAP, GraderMain.QUICK_JIT), List.of(GRADER.toAbsolutePath()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether bubblewrap is on the PATH: the corpus and most integration tests grade in the sandbox. */
    static boolean sandboxAvailable() {
        return java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "bwrap")));
    }

    /** Points scored on one question, or one kind of one question when {@code kind} is given. */
    double score(String question, String kind) {
        return sum("score", question, kind);
    }

    double max(String question, String kind) {
        return sum("max_score", question, kind);
    }

    /** How many checks of one question (and kind, when given) failed, whatever they are worth. */
    long failed(String question, String kind) {
        long failed = 0;
        for (JsonNode test : results.get("tests")) {
            List<String> tags = new ArrayList<>();
            test.get("tags").forEach(t -> tags.add(t.asText()));
            if (tags.contains(question) && (kind == null || tags.contains(kind)) && !test.get("status").asText().equals("passed")) {
                failed++;
            }
        }
        return failed;
    }

    private double sum(String field, String question, String kind) {
        double total = 0;
        for (JsonNode test : results.get("tests")) {
            List<String> tags = new ArrayList<>();
            test.get("tags").forEach(t -> tags.add(t.asText()));
            if (tags.contains(question) && (kind == null || tags.contains(kind))) {
                total += test.get(field).asDouble();
            }
        }
        return total;
    }

    List<String> questions() {
        List<String> questions = new ArrayList<>();
        results.get("tests").forEach(t -> {
            String q = t.get("tags").get(0).asText();
            if (!questions.contains(q)) {
                questions.add(q);
            }
        });
        return questions;
    }

    /**
     * The reference sources with the whole files of {@code overlay} put over them (a fixture of
     * HostileIT; a corpus entry is built by {@link CorpusEntry#materialize}).
     */
    static Path referenceWith(Path overlay, Path target) throws IOException {
        copyTree(SOLUTIONS, target);
        copyTree(overlay.resolve("src/main/java"), target);
        return target;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

}
