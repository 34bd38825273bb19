package concurrency.grader.classroom;

import concurrency.grader.Rubric;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Grades a class: every submission {@link Intake} finds, each by the grader in a JVM of its own
 * ({@link GraderProcess}), {@code jobs} at a time, all sharing one result cache; then gradebook.csv and report.html.
 * The first submission to grade goes alone, so that what the class shares (the reference's other questions, the
 * template's) is graded once, not by every job at the same time. A submission unchanged since the last run, with
 * the same grader and options, keeps its row: a stopped run started again grades only what is left.
 */
final class ClassRun {
    static final String STUDENTS = "students";
    /** Each student's grader runs this many checks at a time (the grader's default). */
    static final int CHECKS_AT_A_TIME = 2;

    /**
     * @param graderOptions what every student's grader is given besides the cache (--questions, --budget-cap, ...)
     * @param questions     the questions graded, in the rubric's order
     */
    record Settings(Path submissions, Path out, Path cache, int jobs, Duration studentTimeout, List<String> graderOptions,
                    Rubric rubric, List<String> questions) {
    }

    /** The grader refused its options or could not start its sandbox: nothing more can be graded. */
    static final class Refusal extends Exception {
        Refusal(String line) {
            super(line, null, false, false);
        }
    }

    /** One submission and the folder its outputs go to. */
    private record Task(Submitted submitted, Path dir, String fingerprint) {
    }

    private final Settings settings;
    private final PrintStream out;
    private final GraderProcess grader;

    ClassRun(Settings settings, GraderProcess grader, PrintStream out) {
        this.settings = settings;
        this.grader = grader;
        this.out = out;
    }

    /** Grades the class and writes every output; returns the rows in the submissions' order. */
    List<Row> run() throws IOException, InterruptedException, Refusal {
        Path students = Files.createDirectories(settings.out().resolve(STUDENTS));
        List<Submitted> found = Intake.scan(settings.submissions(), new HashSet<>(List.of(settings.out(), settings.cache())));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("<submissions-dir>: " + settings.submissions()
                    + " holds no submission (a folder or a .zip per student)");
        }
        String graderPrint = Fingerprint.ofGrader(grader.classPath());
        List<Task> tasks = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (Submitted submitted : found) {
            Path dir = Files.createDirectories(students.resolve(folderName(submitted.name(), folders)));
            tasks.add(new Task(submitted, dir, Fingerprint.of(submitted, graderPrint, settings.graderOptions())));
        }
        out.printf(Locale.ROOT, "Grading %d submissions from %s, %d at a time; cache %s%n", tasks.size(),
                settings.submissions(), settings.jobs(), settings.cache());
        Progress progress = new Progress(out, tasks.size());
        Map<Task, Row> rows = new LinkedHashMap<>();
        List<Task> todo = new ArrayList<>();
        for (Task task : tasks) {
            Optional<Row> previous = Row.read(task.dir()).filter(row -> row.fingerprint().equals(task.fingerprint())
                    && row.status().settled());
            if (previous.isPresent()) {
                rows.put(task, previous.get());
                writeFeedback(task, previous.get());
                progress.finished(previous.get(), true);
            } else {
                todo.add(task);
            }
        }
        progress.toGrade(todo.size());
        gradeAll(todo, rows, progress);
        List<Row> ordered = tasks.stream().map(rows::get).toList();
        writeClassFiles(tasks, ordered);
        return ordered;
    }

    private void gradeAll(List<Task> todo, Map<Task, Row> rows, Progress progress) throws IOException, InterruptedException, Refusal {
        List<Task> rest = new ArrayList<>(todo);
        // Alone until the grader has graded one (a refused or empty submission shares nothing with the class).
        while (settings.jobs() > 1 && rest.size() > 1) {
            Task first = rest.remove(0);
            Row row = grade(first);
            record(first, row, rows, progress);
            if (row.status() == Status.GRADED) {
                break;
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs());
        try {
            Map<Task, Future<Row>> running = new LinkedHashMap<>();
            for (Task task : rest) {
                running.put(task, pool.submit(() -> grade(task)));
            }
            for (Map.Entry<Task, Future<Row>> entry : running.entrySet()) {
                record(entry.getKey(), result(entry.getValue()), rows, progress);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private void record(Task task, Row row, Map<Task, Row> rows, Progress progress) throws IOException {
        row.write(task.dir());
        writeFeedback(task, row);
        synchronized (rows) {
            rows.put(task, row);
        }
        progress.finished(row, false);
    }

    /** One submission, from its folder or zip to its row; results.json is the grader's, or says why there is none. */
    private Row grade(Task task) throws IOException, InterruptedException, Refusal {
        long start = System.nanoTime();
        Submitted submitted = task.submitted();
        Path results = task.dir().resolve("results.json");
        Files.deleteIfExists(results);
        Path source = submitted.source();
        switch (submitted.shape()) {
            case REFUSED -> {
                return row(task, Status.REFUSED, submitted.refusal(), null, start);
            }
            case ZIP -> {
                Path unpacked = task.dir().resolve("unpacked");
                try {
                    SafeZip.Unpacked zip = SafeZip.unpack(submitted.source(), unpacked);
                    if (zip.sources() == 0) {
                        return noJava(task, new Intake.Contents(0, zip.others()).noJavaReason(), start);
                    }
                } catch (Refused refused) {
                    return row(task, Status.REFUSED, refused.getMessage(), null, start);
                }
                source = unpacked;
            }
            case FOLDER -> {
                Intake.Contents contents = Intake.contents(source);
                if (contents.sources() == 0) {
                    return noJava(task, contents.noJavaReason(), start);
                }
            }
            default -> throw new IllegalStateException(submitted.shape().toString());
        }
        List<String> options = new ArrayList<>(List.of("--cache", settings.cache().toAbsolutePath().toString(),
                "--jobs", Integer.toString(CHECKS_AT_A_TIME)));
        options.addAll(settings.graderOptions());
        GraderProcess.Ended ended = grader.grade(source, results, task.dir().resolve("console.txt"), options);
        if (ended.timedOut()) {
            return row(task, Status.FAILED, "Grading took longer than " + settings.studentTimeout().toMinutes()
                    + " min and was stopped (see console.txt); it is graded again on the next run.", null, start);
        }
        return switch (ended.exitStatus()) {
            case concurrency.grader.ExitStatus.GRADED -> row(task, Status.GRADED, "", GradescopeResult.read(results), start);
            case concurrency.grader.ExitStatus.BAD_ARGUMENTS -> throw new Refusal(ended.lastLine());
            case concurrency.grader.ExitStatus.STRAYS -> row(task, Status.LEFT_PROCESSES, "Processes started by the submission "
                    + "were still running after grading, so the grader wrote no results (" + ended.lastLine() + ").", null, start);
            default -> row(task, Status.FAILED, "The grader failed (exit status " + ended.exitStatus() + "): " + ended.lastLine()
                    + " It is graded again on the next run.", null, start);
        };
    }

    private Row noJava(Task task, String reason, long start) throws IOException {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        UngradedResults.write(task.dir().resolve("results.json"), settings.rubric(), settings.questions(), reason, seconds);
        return row(task, Status.NO_JAVA, reason, GradescopeResult.read(task.dir().resolve("results.json")), start);
    }

    private Row row(Task task, Status status, String reason, GradescopeResult results, long start) {
        Map<String, Double> points = new LinkedHashMap<>();
        Double total = null;
        double max = max();
        Map<String, String> classes = Map.of();
        String why = reason;
        if (results != null) {
            settings.questions().stream().filter(results::graded).forEach(q -> points.put(q, results.points(q)));
            total = results.score();
            max = results.maxScore();
            classes = results.classes();
            if (status == Status.GRADED) {
                why = Problems.of(results);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Row(task.submitted().name(), task.dir().getFileName().toString(), task.submitted().people(), status, why,
                points, total, max, seconds, task.fingerprint(), classes);
    }

    private double max() {
        return concurrency.grader.Points.sum(settings.questions().stream().mapToDouble(q -> settings.rubric().byId().get(q).maxScore()));
    }

    private void writeFeedback(Task task, Row row) throws IOException {
        Files.writeString(task.dir().resolve("feedback.md"), Feedback.markdown(row, results(task.dir()), settings.rubric(),
                settings.questions()), StandardCharsets.UTF_8);
    }

    private static Optional<GradescopeResult> results(Path dir) throws IOException {
        Path file = dir.resolve("results.json");
        return Files.isRegularFile(file) ? Optional.of(GradescopeResult.read(file)) : Optional.empty();
    }

    private void writeClassFiles(List<Task> tasks, List<Row> rows) throws IOException {
        Gradebook.write(settings.out().resolve(Gradebook.FILE), rows, settings.questions());
        List<ClassStatistics.Graded> graded = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            graded.add(new ClassStatistics.Graded(rows.get(i), results(tasks.get(i).dir())));
        }
        String version = new concurrency.grader.BuildVersion().getVersion()[0];
        String when = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT));
        Files.writeString(settings.out().resolve(ClassReport.FILE), ClassReport.html(graded, settings.rubric(), settings.questions(),
                version, when), StandardCharsets.UTF_8);
        Map<Status, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        out.println();
        out.println("Done: " + String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).toList()));
        out.println("Gradebook: " + settings.out().resolve(Gradebook.FILE));
        out.println("Report:    " + settings.out().resolve(ClassReport.FILE));
        out.println("Each student's results.json and feedback.md: " + settings.out().resolve(STUDENTS) + "/<name>/");
    }

    /** A folder name that is safe on any file system and unique in this class. */
    static String folderName(String name, Set<String> taken) {
        String safe = Submitted.stem(name).replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        safe = safe.length() > 80 ? safe.substring(0, 80) : safe;
        String unique = safe;
        for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = safe + "-" + i;
        }
        return unique;
    }

    private static <T> T result(Future<T> future) throws IOException, InterruptedException, Refusal {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refusal refusal) {
                throw refusal;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
