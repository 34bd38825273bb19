package concurrency.grader;

import concurrency.grader.classroom.AutograderMain;
import concurrency.grader.classroom.ClassMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar grader.jar <submission-dir> --results results.json}: reads the command line,
 * checks it, and hands the submission to the {@link Pipeline}. Every way it can end is an
 * {@link ExitStatus} with at most one line on stderr.
 */
@Command(name = "grader", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = {"Grades a submission of the concurrency assignment and writes a Gradescope results.json.",
                "A whole class: grader.jar class --help. Gradescope's run_autograder runs grader.jar gradescope."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                ExitStatus.GRADED + ":grading completed and the results are written, whatever the score",
                ExitStatus.FAILED + ":the grader itself failed (an I/O error, a broken grader.jar); no results written",
                ExitStatus.BAD_ARGUMENTS + ":bad arguments, or no bubblewrap without --no-sandbox; nothing graded",
                ExitStatus.STRAYS + ":processes of the submission outlived grading; no results written"})
public final class GraderMain implements Callable<Integer> {
    private static final int MAX_JOBS = 16;
    /**
     * For the JVMs of a grading (the grader's own, the compiler's): the quick compiler only. A grading
     * lasts seconds, too short for the optimizing compiler's work to pay off; a grader that only replays
     * Q7 from the cache and reviews its design took 2.8 s of processor time instead of 3.6 (2 cores,
     * with its class-data archive). The JVMs that run student code keep the default: a race may only
     * show once the optimizing compiler has reordered or hoisted the code.
     */
    public static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

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
                    + "everything from the submission (default: the reference bundled in this jar; a grade preview has none).")
    String reference;

    @Option(names = "--rubric", paramLabel = "<file>", converter = RubricFile.class,
            description = "A rubric.json to use instead of the bundled one.")
    Rubric rubric;

    @Option(names = "--budget-cap", paramLabel = "[<q>=]<seconds>", converter = BudgetCap.Converter.class,
            description = "Cut every time budget of the rubric to at most this many seconds, or only those of one "
                    + "question with q4=30.")
    BudgetCap budgetCap;

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

    @Option(names = "--no-template-results", description = "Grade a question that is the untouched template like any "
            + "other, instead of giving it the template's results recorded with the grader (to check that record).")
    boolean noTemplateResults;

    @Option(names = "--java", paramLabel = "<path>", description = "The java launcher for the JVMs that run student code (default: this JVM's).")
    Path java;

    public static void main(String[] args) {
        // Two more commands share this jar: a whole class, and what Gradescope's run_autograder runs.
        if (args.length > 0 && args[0].equals(ClassMain.NAME)) {
            System.exit(ClassMain.commandLine().execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals(AutograderMain.NAME)) {
            System.exit(AutograderMain.commandLine().execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(commandLine().execute(args));
    }

    /** The command as main runs it: every failure becomes an {@link ExitStatus} and one line on stderr. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GraderMain());
        commandLine.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            e.getCommandLine().getErr().println("grader: " + oneLine(e.getMessage()) + " (see --help)");
            return ExitStatus.BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler(GraderMain::failed);
        return commandLine;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkArguments();
        Rubric loaded = rubric == null ? Rubric.bundled() : rubric;
        Rubric capped = budgetCap == null ? loaded : budgetCap(loaded);
        List<String> selected = questions == null ? capped.questions().stream().map(Rubric.Question::id).toList() : questions;
        selected.stream().filter(q -> !capped.byId().containsKey(q)).findFirst().ifPresent(q -> {
            throw bad("--questions: unknown question '" + q + "'; the rubric has " + capped.byId().keySet());
        });
        Path javaLauncher = (java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java")).toAbsolutePath();

        try (WorkDir work = WorkDir.open(workDir)) {
            Pipeline.Settings settings = new Pipeline.Settings(capped, reference,
                    Optional.ofNullable(cacheDir).map(Path::toAbsolutePath), jobs, sandbox(javaLauncher, work.path()), javaLauncher,
                    !noTemplateResults);
            Pipeline.prepare(submission, settings, work.path(), new ConsoleReport(System.out)).grade(selected, results);
        }
        return ExitStatus.GRADED;
    }

    /** What the types of the options cannot say. */
    private void checkArguments() {
        if (!Files.isDirectory(submission)) {
            throw bad("<submission-dir>: " + submission + " is not a directory");
        }
        if (Files.isDirectory(results)) {
            throw bad("--results: " + results + " is a directory; give a file name");
        }
        if (reference != null && !reference.equals("none") && !Files.isRegularFile(Path.of(reference))) {
            throw bad("--reference: " + reference + " is neither a jar file nor 'none'");
        }
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw bad("--jobs: " + jobs + " is out of range; give 1 to " + MAX_JOBS);
        }
        if (cacheDir != null && Files.exists(cacheDir) && !Files.isDirectory(cacheDir)) {
            throw bad("--cache: " + cacheDir + " is not a directory");
        }
        if (cacheDir != null && noSandbox) {
            throw bad("--cache cannot be used with --no-sandbox: without the sandbox, "
                    + "student code could write into the cache and poison other students' grades");
        }
        if (java != null && !Files.isExecutable(java)) {
            throw bad("--java: " + java + " is not an executable");
        }
    }

    private Rubric budgetCap(Rubric rubric) {
        budgetCap.question().filter(q -> !rubric.byId().containsKey(q)).ifPresent(q -> {
            throw bad("--budget-cap: unknown question '" + q + "'; the rubric has " + rubric.byId().keySet());
        });
        return rubric.withBudgetCap(budgetCap.seconds(), budgetCap.question().orElse(null));
    }

    /** bubblewrap, or plain processes when (and only when) {@code --no-sandbox} asks for them. */
    private Sandbox sandbox(Path javaLauncher, Path work) {
        if (noSandbox) {
            return new Sandbox.Plain();
        }
        Sandbox.Either bubblewrap = Sandbox.bubblewrap(javaLauncher.getParent().getParent(), work);
        return bubblewrap.sandbox().orElseThrow(() -> bad(
                "bubblewrap (bwrap), the sandbox for student code, is not installed or cannot start java here ("
                        + bubblewrap.problem().lines().findFirst().orElse("no reason given") + "). Install it "
                        + "(Debian/Ubuntu: apt-get install bubblewrap), or pass --no-sandbox to run student code without "
                        + "any isolation (only for your own code)."));
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Everything that went wrong after the arguments were accepted. */
    private static int failed(Exception e, CommandLine commandLine, ParseResult parsed) {
        if (e instanceof StraysAlive) {
            commandLine.getErr().println("grader: " + oneLine(e.getMessage()));
            return ExitStatus.STRAYS;
        }
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        commandLine.getErr().println("grader failed: " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()))
                + (where == null ? "" : " (at " + where + ")"));
        return ExitStatus.FAILED;
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
