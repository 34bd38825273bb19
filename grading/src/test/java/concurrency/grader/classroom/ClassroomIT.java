package concurrency.grader.classroom;

import concurrency.grader.GradedSubmission;
import concurrency.grader.ReferenceGrading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.CorpusEntry;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A class of 16 graded in one run by the real grader.jar ({@code grader.jar class}), in the sandbox: copies of the
 * reference in three shapes (a folder, a zip, loose files), the untouched template, four corpus entries with one
 * question broken, and eight hostile ones (empty, not Java, a zip bomb, a zip that climbs out with ../, a 50 MB
 * source, a hang, System.exit, a symbolic link). Cheap by design: the class's cache starts as a copy of the one the
 * reference was graded into for the corpus ({@link ReferenceGrading}), as a class's cache is once its first student
 * has been graded, so every submission grades only the questions it changed; the template is replayed. Then
 * the same class again (nobody is graded), the report in a real browser, and the Gradescope autograder in a
 * simulated Gradescope container.
 */
@Execution(ExecutionMode.SAME_THREAD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassroomIT {
    static final Path GRADER = Path.of(System.getProperty("grader.jar", "target/grader.jar"));
    static final Path SOLUTIONS = Path.of(System.getProperty("solutions.sources", "../solutions/src/main/java"));
    static final Path TEMPLATE = Path.of(System.getProperty("template.sources", "../student-template/src/main/java"));
    /** Q7's budgets cut to 30 s for everyone, so that the hanging submission costs 30 s, not 120. */
    static final List<String> OPTIONS = List.of("--jobs", "2", "--budget-cap", "q7=30");
    static final int CLASS_SIZE = 16;

    @TempDir
    static Path work;
    static Path submissions;
    static Path out;
    static Ran first;

    record Ran(int exitStatus, String console, long millis) {
    }

    @BeforeAll
    static void gradeTheClass() throws Exception {
        assumeTrue(sandboxAvailable(), "a class is graded in the sandbox: install bubblewrap (scripts/ensure-bubblewrap)");
        submissions = Files.createDirectories(work.resolve("submissions"));
        out = work.resolve("out");
        Path reference = copy(SOLUTIONS, submissions.resolve("ada/src/main/java"));
        Path repo = copy(reference, work.resolve("ben-repo/ben/src/main/java"));
        Zips.ofTree(submissions.resolve("ben.zip"), repo.getParent().getParent().getParent());
        flat(SOLUTIONS, Files.createDirectories(submissions.resolve("cleo")));
        copy(TEMPLATE, submissions.resolve("dan/src/main/java"));
        corpus("q7-parallel-stream", "eli");
        corpus("q6-stops-at-first-failure", "fay");
        corpus("q5-volatile-counter", "gus");
        corpus("q1-threads-sequential", "hal");
        Files.createDirectories(submissions.resolve("ivy"));
        Files.writeString(Files.createDirectories(submissions.resolve("jon")).resolve("answers.pdf"), "%PDF-1.4 my answers");
        Zips.bomb(submissions.resolve("kim.zip"), SafeZip.MAX_UNPACKED_BYTES + 8 * 1024 * 1024);
        Zips.of(submissions.resolve("lea.zip"), Map.of("src/main/java/Fine.java", "class Fine {}", "../../Evil.java", "class Evil {}"));
        fiftyMegabytes(copy(SOLUTIONS, submissions.resolve("max/src/main/java")).resolve("concurrency/q5/Big.java"));
        copy(Path.of("src/test/resources/hostile/q7-hangs/src/main/java"), copy(SOLUTIONS, submissions.resolve("ned/src/main/java")));
        corpus("q4-hostile-exits", "oli");
        Files.createSymbolicLink(submissions.resolve("pat"), SOLUTIONS.toAbsolutePath());

        ReferenceGrading.copyCacheTo(out.resolve("cache"));
        first = gradeClass();
        // Kept after the run (target/classroom-consoles): the class's console and each student's grader console.
        Path consoles = Files.createDirectories(Path.of("target", "classroom-consoles"));
        Files.writeString(consoles.resolve("class.txt"), first.console());
        try (Stream<Path> students = Files.list(out.resolve(ClassRun.STUDENTS))) {
            for (Path student : students.filter(s -> Files.exists(s.resolve("console.txt"))).toList()) {
                Files.copy(student.resolve("console.txt"), consoles.resolve(student.getFileName() + ".txt"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    @Order(1)
    @DisplayName("every submission has a row, graded or with its reason, and the batch went on past every hostile one")
    void everyoneHasARow() throws Exception {
        assertThat(first.exitStatus()).as(first.console()).isZero();
        Map<String, CSVRecord> book = gradebook();
        assertThat(book).as(first.console()).hasSize(CLASS_SIZE);
        assertThat(book.get("ada").get("Total")).isEqualTo("100");
        assertThat(book.get("ben").get("Total")).as("a zip of the reference").isEqualTo("100");
        assertThat(book.get("cleo").get("Total")).as("the reference as loose files").isEqualTo("100");
        assertThat(book.get("dan").get("Total")).as("the template").isEqualTo("0");
        assertThat(status(book, "ivy")).isEqualTo("no-java");
        assertThat(book.get("ivy").get("Reason")).contains("empty");
        assertThat(status(book, "jon")).isEqualTo("no-java");
        assertThat(book.get("jon").get("Reason")).contains("answers.pdf");
        assertThat(status(book, "kim")).isEqualTo("refused");
        assertThat(book.get("kim").get("Reason")).contains("expands to more than 64 MB");
        assertThat(book.get("kim").get("Total")).isEmpty();
        assertThat(status(book, "lea")).isEqualTo("refused");
        assertThat(book.get("lea").get("Reason")).contains("../../Evil.java");
        assertThat(status(book, "pat")).isEqualTo("refused");
        assertThat(book.get("pat").get("Reason")).contains("symbolic link");
        assertThat(status(book, "max")).isEqualTo("graded");
        assertThat(book.get("max").get("Q5")).isEqualTo("0");
        assertThat(book.get("max").get("Reason")).contains("Q5").contains("at most 256 KB");
        assertThat(book.get("max").get("Q4")).isEqualTo("20");
        assertThat(status(book, "ned")).isEqualTo("graded");
        assertThat(Double.parseDouble(book.get("ned").get("Q7"))).isLessThan(10);
        assertThat(Double.parseDouble(book.get("ned").get("Total"))).as("the hang costs Q7's points only")
                .isCloseTo(90 + Double.parseDouble(book.get("ned").get("Q7")), org.assertj.core.data.Offset.offset(0.001));
        String q7 = Files.readString(studentDir("ned").resolve("results.json"));
        assertThat(q7).as("the hang is stopped and the student told so").containsAnyOf("time budget", "timed out");
        assertThat(status(book, "oli")).isEqualTo("graded");
        assertThat(Double.parseDouble(book.get("oli").get("Q4"))).isLessThan(20);
        assertThat(book.get("oli").get("Reason")).as("System.exit").contains("Q4").contains("exit status");
        assertThat(work.resolve("Evil.java")).doesNotExist();
        assertThat(submissions.getParent().resolve("Evil.java")).doesNotExist();
    }

    @Test
    @Order(2)
    @DisplayName("each corpus entry loses points on its own question only, and the gradebook's totals are each results.json's")
    void gradebookMatchesResults() throws Exception {
        Map<String, CSVRecord> book = gradebook();
        Map<String, String> lost = Map.of("eli", "Q7", "fay", "Q6", "gus", "Q5", "hal", "Q1");
        for (Map.Entry<String, String> entry : lost.entrySet()) {
            CSVRecord record = book.get(entry.getKey());
            double max = Map.of("Q1", 10.0, "Q5", 15.0, "Q6", 10.0, "Q7", 10.0).get(entry.getValue());
            assertThat(Double.parseDouble(record.get(entry.getValue()))).as(entry.getKey()).isLessThan(max);
            assertThat(Double.parseDouble(record.get("Total"))).as(entry.getKey() + " loses nothing elsewhere")
                    .isCloseTo(100 - max + Double.parseDouble(record.get(entry.getValue())), org.assertj.core.data.Offset.offset(0.001));
        }
        int compared = 0;
        for (CSVRecord record : book.values()) {
            Path results = studentDir(record.get("Submission")).resolve("results.json");
            if (record.get("Total").isEmpty()) {
                assertThat(results).as(record.get("Submission") + " was not graded").doesNotExist();
                continue;
            }
            JsonNode json = new ObjectMapper().readTree(results.toFile());
            assertThat(Double.parseDouble(record.get("Total"))).as(record.get("Submission")).isEqualTo(json.get("score").asDouble());
            assertThat(GradescopeSchema.problems(json)).as(record.get("Submission")).isEmpty();
            assertThat(studentDir(record.get("Submission")).resolve("feedback.md")).exists();
            compared++;
        }
        assertThat(compared).isEqualTo(CLASS_SIZE - 3);
    }

    @Test
    @Order(3)
    @DisplayName("the report opens in headless chromium with no script error and every chart drawn, the caught race and the copies in it")
    void reportInABrowser() throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), Chromium.MISSING);

        String dom = Chromium.dom(chromium.get(), out.resolve("report.html"), Files.createDirectories(work.resolve("browser")));

        ReportDom.assertDrawn(dom);
        assertThat(dom).contains("Q5 stress | IncrementIncrementStress").contains("ada, ben, cleo");
    }

    @Test
    @Order(4)
    @DisplayName("run again, nobody is graded again; after one student changes a file, only that student is")
    void rerunGradesOnlyWhatChanged() throws Exception {
        byte[] book = Files.readAllBytes(out.resolve("gradebook.csv"));

        Ran second = gradeClass();

        assertThat(second.exitStatus()).as(second.console()).isZero();
        assertThat(progressLines(second)).as(second.console()).hasSize(CLASS_SIZE)
                .allSatisfy(line -> assertThat(line).endsWith("unchanged since the last run"));
        assertThat(Files.readAllBytes(out.resolve("gradebook.csv"))).as("the same gradebook").isEqualTo(book);

        Path q8 = submissions.resolve("dan/src/main/java/concurrency/q8/SquareTiming.java");
        Files.writeString(q8, Files.readString(q8) + "\n// started on Q8\n");
        Ran third = gradeClass();

        assertThat(progressLines(third)).as(third.console()).filteredOn(line -> !line.endsWith("unchanged since the last run"))
                .singleElement().satisfies(line -> assertThat(line).contains("dan"));
    }

    @Test
    @Order(5)
    @DisplayName("stopped midway (SIGTERM, as Ctrl-C), it leaves no process behind; run again, it grades only what was left")
    void stoppedAndRunAgain() throws Exception {
        for (String file : List.of("dan/src/main/java/concurrency/q8/SquareTiming.java", "ned/src/main/java/concurrency/q7/Factorials.java")) {
            Path source = submissions.resolve(file);
            Files.writeString(source, Files.readString(source) + "\n// edited again\n");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                GRADER.toString(), "class", submissions.toString(), "--out", out.toString()));
        command.addAll(OPTIONS);
        Process stopped = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (java.io.BufferedReader console = stopped.inputReader(StandardCharsets.UTF_8)) {
            // dan goes first, alone, and takes seconds; ned hangs for its whole Q7 budget: stop while ned is graded
            for (String line = console.readLine(); line != null; line = console.readLine()) {
                if (line.contains(" dan ")) {
                    stopped.destroy();
                    break;
                }
            }
        }
        assertThat(stopped.waitFor(2, TimeUnit.MINUTES)).as("the class stopped").isTrue();
        List<ProcessHandle> left = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(work.toString()))
                .toList();
        java.util.concurrent.CompletableFuture.allOf(left.stream().map(ProcessHandle::onExit).toArray(java.util.concurrent.CompletableFuture[]::new))
                .get(1, TimeUnit.MINUTES);

        Ran again = gradeClass();

        assertThat(again.exitStatus()).as(again.console()).isZero();
        assertThat(progressLines(again)).as(again.console()).filteredOn(line -> !line.endsWith("unchanged since the last run"))
                .singleElement().satisfies(line -> assertThat(line).contains("ned"));
    }

    @Test
    @Order(6)
    @DisplayName("Gradescope: the autograder zip grades the reference (loose files) to full marks in a simulated container; setup.sh builds nothing")
    void gradescopeReference() throws Exception {
        boolean existed = Files.exists(GradescopeContainer.MOUNT_POINT);
        try {
            GradescopeContainer container = GradescopeContainer.unpack(autograderZip(), work.resolve("gs-reference"));
            flat(SOLUTIONS, container.submission());
            Files.writeString(container.root().resolve("submission_metadata.json"), """
                    {"id": 1, "created_at": "2026-12-01T10:00:00Z", "assignment": {"title": "Concurrency", "total_points": "100.0"},
                     "users": [{"name": "Ada Lovelace", "email": "ada@example.edu", "id": 7}], "previous_submissions": []}""");

            GradescopeContainer.Ran setup = container.run(false, "bash", "/autograder/source/setup.sh");
            assertThat(setup.exitStatus()).as(setup.output()).isZero();
            assertThat(setup.output()).contains("grader ");
            GradescopeContainer.Ran graded = container.run(false, "/autograder/run_autograder");

            assertThat(graded.exitStatus()).as(graded.output()).isZero();
            assertThat(graded.output()).contains("Submission 1 of \"Concurrency\" by Ada Lovelace").contains("Sandbox: bubblewrap");
            JsonNode results = new ObjectMapper().readTree(container.results().toFile());
            assertThat(GradescopeSchema.problems(results)).isEmpty();
            assertThat(results.get("score").asDouble()).as(graded.output()).isEqualTo(100);
            results.get("tests").forEach(t -> assertThat(t.get("status").asText()).as(t.get("name").asText()).isEqualTo("passed"));
        } finally {
            GradescopeContainer.removeMountPoint(existed);
        }
    }

    @Test
    @Order(7)
    @DisplayName("Gradescope: the template scores 0; where bubblewrap cannot run, the grader runs without it and results.json says so")
    void gradescopeTemplateWithoutBubblewrap() throws Exception {
        boolean existed = Files.exists(GradescopeContainer.MOUNT_POINT);
        try {
            GradescopeContainer container = GradescopeContainer.unpack(autograderZip(), work.resolve("gs-template"));
            copy(TEMPLATE, container.submission().resolve("concurrency-assignment/src/main/java"));

            GradescopeContainer.Ran graded = container.run(true, "/autograder/run_autograder");

            assertThat(graded.exitStatus()).as(graded.output()).isZero();
            assertThat(graded.output()).contains("Grading without the sandbox");
            JsonNode results = new ObjectMapper().readTree(container.results().toFile());
            assertThat(GradescopeSchema.problems(results)).isEmpty();
            assertThat(results.get("score").asDouble()).as(graded.output()).isZero();
            assertThat(results.get("output").asText()).contains("WITHOUT a sandbox");
        } finally {
            GradescopeContainer.removeMountPoint(existed);
        }
    }

    @Test
    @Order(8)
    @DisplayName("Gradescope: a hostile zip that climbs out with ../ is refused, and results.json tells the student why")
    void gradescopeHostile() throws Exception {
        boolean existed = Files.exists(GradescopeContainer.MOUNT_POINT);
        try {
            GradescopeContainer container = GradescopeContainer.unpack(autograderZip(), work.resolve("gs-hostile"));
            Zips.of(container.submission().resolve("submission.zip"), Map.of("../../../autograder/source/grader.jar", "overwritten"));

            GradescopeContainer.Ran graded = container.run(false, "/autograder/run_autograder");

            assertThat(graded.exitStatus()).as(graded.output()).isZero();
            JsonNode results = new ObjectMapper().readTree(container.results().toFile());
            assertThat(GradescopeSchema.problems(results)).isEmpty();
            assertThat(results.get("score").asDouble()).isZero();
            assertThat(results.get("output").asText()).contains("outside the folder");
            assertThat(GradescopeZip.isGraderJar(container.root().resolve("source/grader.jar"))).as("the grader is intact").isTrue();
        } finally {
            GradescopeContainer.removeMountPoint(existed);
        }
    }

    private static Path autograderZip() throws Exception {
        Path zip = work.resolve("autograder.zip");
        if (!Files.exists(zip)) {
            Ran built = java("class", "--gradescope-zip", zip.toString());
            assertThat(built.exitStatus()).as(built.console()).isZero();
        }
        return zip;
    }

    private static Ran gradeClass() throws Exception {
        List<String> args = new ArrayList<>(List.of("class", submissions.toString(), "--out", out.toString()));
        args.addAll(OPTIONS);
        return java(args.toArray(String[]::new));
    }

    private static Ran java(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "console", ".txt");
        long start = System.nanoTime();
        int status = GradedSubmission.runGrader(List.of(args), log, 40, "grading the class");
        return new Ran(status, Files.readString(log), (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> progressLines(Ran ran) {
        return ran.console().lines().filter(line -> line.matches("^\\s*\\d+ of " + CLASS_SIZE + " .*")).toList();
    }

    /** The gradebook's rows by submission name without .zip. */
    private static Map<String, CSVRecord> gradebook() throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(out.resolve("gradebook.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(Submitted.stem(record.get("Submission")), record);
            }
        }
        return rows;
    }

    private static String status(Map<String, CSVRecord> book, String name) {
        return book.get(name).get("Status");
    }

    private static Path studentDir(String submission) throws IOException {
        try (Stream<Path> dirs = Files.list(out.resolve(ClassRun.STUDENTS))) {
            for (Path dir : dirs.toList()) {
                if (Row.read(dir).map(Row::submission).filter(submission::equals).isPresent()) {
                    return dir;
                }
            }
        }
        throw new AssertionError("no student folder for " + submission);
    }

    private static void corpus(String entry, String student) throws IOException {
        CorpusEntry.load(entry).materialize(SOLUTIONS, submissions.resolve(student).resolve("src/main/java"));
    }

    /** A source file of 50 MB that starts as Java: sparse, so it costs no disk. */
    private static void fiftyMegabytes(Path file) throws IOException {
        Files.writeString(file, "package concurrency.q5;\n/*");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /**
     * Every .java file of {@code from} side by side in {@code to}, as a student uploads loose files; where two packages
     * have a file of the same name (q1 and q5 both have a ChildJvm.java), the second goes into a folder of its package's name.
     */
    private static void flat(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path target = to.resolve(file.getFileName());
                if (Files.exists(target)) {
                    target = Files.createDirectories(to.resolve(file.getParent().getFileName())).resolve(file.getFileName());
                }
                Files.copy(file, target);
            }
        }
    }

    private static boolean sandboxAvailable() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "bwrap")));
    }
}
