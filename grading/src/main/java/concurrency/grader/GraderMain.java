package concurrency.grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code java -jar grader.jar <submission-dir> --results results.json} */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "grader 1.0",
        description = "Grades a submission of the concurrency assignment and writes a Gradescope results.json.")
public final class GraderMain implements Callable<Integer> {
    /** The longest javac may work on one question (or the shortest budget of the rubric, if shorter). */
    static final int COMPILE_SECONDS = 60;
    static final int COMPILE_FLOOR_SECONDS = 20;
    private static final String CACHE_NEEDS_SANDBOX = "--cache cannot be used with --no-sandbox: without the sandbox, "
            + "student code could write into the cache and poison other students' grades";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<submission-dir>",
            description = "Directory holding the submission's sources (any layout; e.g. src/main/java/concurrency/q4/...).")
    Path submission;

    @Option(names = "--results", paramLabel = "<file>", defaultValue = "results.json",
            description = "Where to write the Gradescope results (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--questions", split = ",", paramLabel = "<q>",
            description = "Only grade these questions, e.g. q4 (default: every question of the rubric).")
    List<String> questions;

    @Option(names = "--reference", paramLabel = "<jar|none>",
            description = "Reference solutions that supply every package but the graded one: a jar, or 'none' to take "
                    + "everything from the submission (default: the reference bundled in this jar).")
    String reference;

    @Option(names = "--rubric", paramLabel = "<file>", description = "A rubric.json to use instead of the bundled one.")
    Path rubricFile;

    @Option(names = "--budget-cap", paramLabel = "[<q>=]<seconds>",
            description = "Cut every time budget of the rubric to at most this many seconds, or only those of one "
                    + "question with q4=30.")
    String budgetCap;

    @Option(names = "--work-dir", paramLabel = "<dir>", description = "Keep the grader's working files here (default: a temporary directory, deleted afterwards).")
    Path workDir;

    @Option(names = "--cache", paramLabel = "<dir>",
            description = "Remember each question's results here, keyed by the SHA-256 of its compiled classes and of the "
                    + "grader's bundle, and reuse them for identical code (a class of submissions shares the untouched "
                    + "questions). Trusted batch use only: without bubblewrap, student code could write to it.")
    Path cacheDir;

    @Option(names = "--jobs", paramLabel = "<n>", defaultValue = "2",
            description = "Grade this many questions at a time (default: ${DEFAULT-VALUE}). Correct code scores the same "
                    + "under load: every time bound is a hang bound.")
    int jobs;

    @Option(names = "--no-sandbox", description = "Run student code without bubblewrap: no isolation at all, stated in the "
            + "results. Only for your own code; refuses --cache.")
    boolean noSandbox;

    @Option(names = "--java", paramLabel = "<path>", description = "The java launcher for the JVMs that run student code (default: this JVM's).")
    Path java;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GraderMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        validate();
        Rubric loaded = rubricFile == null ? Rubric.bundled() : Rubric.read(rubricFile);
        Rubric rubric = budgetCap == null ? loaded : capBudgets(loaded);
        List<String> selected = questions == null ? rubric.questions().stream().map(Rubric.Question::id).toList() : questions;
        Grader.unknownQuestion(rubric, selected).ifPresent(q -> {
            throw new ParameterException(spec.commandLine(), "--questions: unknown question '" + q
                    + "'; the rubric has " + rubric.byId().keySet());
        });

        boolean temporary = workDir == null;
        Path work = temporary ? Files.createTempDirectory("grader-") : Files.createDirectories(workDir).toAbsolutePath();
        PrintStream console = System.out;
        try {
            Bundle bundle;
            try {
                if (noSandbox && cacheDir != null) {
                    throw new ParameterException(spec.commandLine(), CACHE_NEEDS_SANDBOX);
                }
                bundle = Bundle.unpack(work.resolve("bundle"), reference,
                        Optional.ofNullable(cacheDir).map(c -> c.toAbsolutePath().resolve("runners")));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Path javaLauncher = java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java");
            Path javaHome = javaLauncher.toAbsolutePath().getParent().getParent();
            Sandbox sandbox = chooseSandbox(javaHome, work);
            Limits limits = Limits.detect();
            List<Path> toolPath = List.of(bundle.runnerJar(), bundle.testsJar(), bundle.stressJar());
            console.println("Grading " + submission.toAbsolutePath() + " (" + (bundle.referenceClasses().isPresent()
                    ? "other questions from the reference" : "no reference: everything from the submission") + ")");
            console.println("Sandbox: " + sandbox.describe());
            console.println("Limits per runner: " + limits.describe());

            ResultCache cache = cacheDir == null ? ResultCache.disabled()
                    : ResultCache.in(cacheDir.toAbsolutePath(), Stream.of(RunnerJar.graderPath().stream(),
                                    Stream.of(bundle.testsJar(), bundle.stressJar()), bundle.referenceClasses().stream(),
                                    // without a reference, a question's behaviour also depends on the submission's other questions
                                    bundle.referenceClasses().isEmpty() ? Stream.of(submission.toAbsolutePath()) : Stream.<Path>empty())
                            .flatMap(s -> s).toList(),
                            javaLauncher.toAbsolutePath() + "|" + javaVersion(javaLauncher) + "|" + sandbox.describe() + "|"
                                    + limits.describe());
            Map<String, Duration> compileBudgets = new HashMap<>();
            // at least COMPILE_FLOOR_SECONDS however short the kinds' budgets: the first question also pays for the
            // compiler's JVM starting and reading the submission, on a machine that may be busy
            rubric.questions().forEach(q -> compileBudgets.put(q.id(), Collections.max(List.of(Duration.ofSeconds(COMPILE_FLOOR_SECONDS),
                    Collections.min(List.of(Duration.ofSeconds(COMPILE_SECONDS), q.shortestTimeout()))))));
            Grader grader = new Grader(rubric, bundle, new RunnerJvm(javaLauncher, toolPath, sandbox, limits,
                    RunnerModules.of(javaLauncher)),
                    new IsolatedCompiler(javaLauncher, compileBudgets), work, console, cache, jobs);
            Grader.Sheet sheet = grader.grade(submission.toAbsolutePath(), selected);
            // Every runner and everything it started is dead by now (RunnerJvm reaps each one), so
            // nothing of the submission can touch the file written here.
            int strays = Reaper.strays(work).size();
            if (strays > 0) {
                throw new IllegalStateException(strays + " processes of the submission are still alive; no results written");
            }
            printFailures(sheet, console);
            long passed = sheet.tests().stream().filter(GradedTest::passed).count();
            String summary = "Score: " + Grader.fmt(sheet.score()) + "/" + Grader.fmt(sheet.maxScore());
            GradescopeResults.write(sheet, summary, results, Map.of("sandbox", sandbox.describe(), "isolated", sandbox.isolated(),
                    "limits", limits.describe()));
            console.println(summary + "  (" + sheet.elapsed().toSeconds() + " s; results in " + results.toAbsolutePath() + ")");
            console.println(passed + " passed, " + (sheet.tests().size() - passed) + " failed");
            return 0;
        } finally {
            if (temporary) {
                deleteQuietly(work);
            }
        }
    }

    /**
     * bubblewrap, or plain processes when (and only when) {@code --no-sandbox} asks for them. Plain
     * mode cannot share a cache: student code could write into it.
     */
    private Sandbox chooseSandbox(Path javaHome, Path work) {
        if (noSandbox) {
            return new Sandbox.Plain();
        }
        Sandbox.Either bubblewrap = Sandbox.bubblewrap(javaHome, work);
        return bubblewrap.sandbox().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "bubblewrap (bwrap), the sandbox for student code, is not installed or cannot start java here ("
                        + bubblewrap.problem().lines().findFirst().orElse("no reason given") + "). Install it "
                        + "(Debian/Ubuntu: apt-get install bubblewrap), or pass --no-sandbox to run student code without "
                        + "any isolation (only for your own code)."));
    }

    /** The JDK's own release file (version and build), so that a cached result does not outlive a JDK update. */
    private static String javaVersion(Path javaLauncher) {
        try {
            return Files.readString(javaLauncher.toAbsolutePath().getParent().getParent().resolve("release"));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** {@code --budget-cap 30} caps every question; {@code --budget-cap q4=30} only q4's kinds. */
    private Rubric capBudgets(Rubric rubric) {
        int eq = budgetCap.indexOf('=');
        String question = eq < 0 ? null : budgetCap.substring(0, eq).strip();
        String secondsText = budgetCap.substring(eq + 1).strip();
        int seconds;
        try {
            seconds = Integer.parseInt(secondsText);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--budget-cap: '" + budgetCap
                    + "' is not a number of seconds; give e.g. 60 or q4=60");
        }
        if (seconds < 5) {
            throw new ParameterException(spec.commandLine(), "--budget-cap: " + seconds + " s is too short to start a JVM; give at least 5");
        }
        if (question != null && !rubric.byId().containsKey(question)) {
            throw new ParameterException(spec.commandLine(), "--budget-cap: unknown question '" + question
                    + "'; the rubric has " + rubric.byId().keySet());
        }
        return rubric.withBudgetCap(seconds, question);
    }

    private void validate() {
        if (!Files.isDirectory(submission)) {
            throw new ParameterException(spec.commandLine(), "<submission-dir>: " + submission + " is not a directory");
        }
        if (results != null && Files.isDirectory(results)) {
            throw new ParameterException(spec.commandLine(), "--results: " + results + " is a directory; give a file name");
        }
        if (rubricFile != null && !Files.isRegularFile(rubricFile)) {
            throw new ParameterException(spec.commandLine(), "--rubric: " + rubricFile + " is not a file");
        }
        if (jobs < 1 || jobs > 16) {
            throw new ParameterException(spec.commandLine(), "--jobs: " + jobs + " is out of range; give 1 to 16");
        }
        if (cacheDir != null && Files.exists(cacheDir) && !Files.isDirectory(cacheDir)) {
            throw new ParameterException(spec.commandLine(), "--cache: " + cacheDir + " is not a directory");
        }
        if (java != null && !Files.isExecutable(java)) {
            throw new ParameterException(spec.commandLine(), "--java: " + java + " is not an executable");
        }
    }

    private static void printFailures(Grader.Sheet sheet, PrintStream console) {
        List<GradedTest> failed = sheet.tests().stream().filter(t -> !t.passed()).toList();
        if (failed.isEmpty()) {
            return;
        }
        console.println();
        console.println("What failed:");
        for (GradedTest test : failed) {
            String points = test.maxScore() == 0 ? "advice, no points"
                    : Grader.fmt(test.score()) + "/" + Grader.fmt(test.maxScore());
            console.println("- " + test.name() + "  (" + points + ")");
            test.output().lines().limit(8).forEach(line -> console.println("    " + line));
        }
        console.println();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
