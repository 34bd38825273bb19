package concurrency.grader.classroom;

import concurrency.grader.BuildVersion;
import concurrency.grader.ExitStatus;
import concurrency.grader.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar grader.jar class <submissions-dir> --out <dir>}: grades a whole class ({@link ClassRun}), or, with
 * {@code --gradescope-zip}, writes the Gradescope autograder instead ({@link GradescopeZip}). Reads the command
 * line and checks it; every way it ends is an exit status of the grader's, with one line on stderr.
 */
@Command(name = "grader.jar class", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class, sortOptions = false,
        description = {"Grades every submission in a folder (a subfolder, a .zip, or a Gradescope export per student) and writes "
                + "each student's results.json and feedback.md, gradebook.csv and report.html into --out. A rerun grades only "
                + "what changed.", "Or, with --gradescope-zip, writes a Gradescope autograder.zip that runs this grader."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {ExitStatus.GRADED + ":every submission has a row (graded or with the reason it was not)",
                ExitStatus.FAILED + ":the batch itself failed (an I/O error)",
                ExitStatus.BAD_ARGUMENTS + ":bad arguments, or the grader refused its options or could not start its sandbox"})
public final class ClassMain implements Callable<Integer> {
    public static final String NAME = "class";
    private static final int MAX_JOBS = 16;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<submissions-dir>",
            description = "The class's submissions: one folder or .zip per student, or Gradescope's Export Submissions.")
    Path submissions;

    @Option(names = "--out", paramLabel = "<dir>", description = "Where the gradebook, the report and every student's files go.")
    Path out;

    @Option(names = "--jobs", paramLabel = "<n>", defaultValue = "2",
            description = "Grade this many submissions at a time (default: ${DEFAULT-VALUE}); each runs its checks 2 at a time.")
    int jobs;

    @Option(names = "--cache", paramLabel = "<dir>", description = "The result cache the whole class shares (default: <out>/cache).")
    Path cache;

    @Option(names = "--student-timeout", paramLabel = "<minutes>", defaultValue = "60",
            description = "Stop one submission's grading after this long, whatever it does (default: ${DEFAULT-VALUE}).")
    int studentTimeoutMinutes;

    @Option(names = "--gradescope-zip", paramLabel = "<file>",
            description = "Write a Gradescope autograder.zip (this grader, a setup.sh that installs a JDK and bubblewrap, "
                    + "run_autograder) instead of grading; the grader options below are built into it.")
    Path gradescopeZip;

    @Option(names = "--questions", split = ",", paramLabel = "<q>", description = "Grader option: only these questions, e.g. q4,q5.")
    List<String> questions;

    @Option(names = "--reference", paramLabel = "<jar|none>", description = "Grader option: the reference for the other questions.")
    String reference;

    @Option(names = "--rubric", paramLabel = "<file>", description = "Grader option: a rubric.json instead of the bundled one.")
    Path rubric;

    @Option(names = "--budget-cap", paramLabel = "[<q>=]<seconds>", description = "Grader option: cut the time budgets.")
    String budgetCap;

    @Option(names = "--no-template-results", description = "Grader option: grade the untouched template like any code.")
    boolean noTemplateResults;

    @Option(names = "--java", paramLabel = "<path>", description = "Grader option: the java launcher for student code.")
    Path java;

    @Option(names = "--no-sandbox", hidden = true)
    boolean noSandbox;

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ClassMain());
        commandLine.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            e.getCommandLine().getErr().println("grader class: " + oneLine(e.getMessage()) + " (see --help)");
            return ExitStatus.BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof IllegalArgumentException bad) {
                line.getErr().println("grader class: " + oneLine(bad.getMessage()));
                return ExitStatus.BAD_ARGUMENTS;
            }
            line.getErr().println("grader class failed: " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage())));
            return ExitStatus.FAILED;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Rubric loaded = loadRubric();
        List<String> selected = selectedQuestions(loaded);
        if (noSandbox) {
            throw bad("--no-sandbox: a class is other people's code, which is only ever graded in the sandbox");
        }
        if (gradescopeZip != null) {
            if (submissions != null || out != null) {
                throw bad("--gradescope-zip writes the autograder and grades nothing: give it without <submissions-dir> and --out");
            }
            GradescopeZip.write(gradescopeZip, GraderProcess.ofThisJvm(Duration.ZERO).classPath(), graderOptions());
            spec.commandLine().getOut().println("Wrote " + gradescopeZip.toAbsolutePath() + ": upload it as the autograder of a "
                    + "Gradescope programming assignment worth " + concurrency.grader.Points.format(maxOf(loaded, selected)) + " points.");
            return ExitStatus.GRADED;
        }
        checkArguments();
        Path cacheDir = (cache != null ? cache : out.resolve("cache")).toAbsolutePath();
        ClassRun.Settings settings = new ClassRun.Settings(submissions.toAbsolutePath(), Files.createDirectories(out).toAbsolutePath(),
                cacheDir, jobs, Duration.ofMinutes(studentTimeoutMinutes), graderOptions(), loaded, selected);
        try {
            new ClassRun(settings, GraderProcess.ofThisJvm(settings.studentTimeout()).sharingClassesIn(cacheDir), System.out).run();
        } catch (ClassRun.Refusal refusal) {
            spec.commandLine().getErr().println("grader class: the grader refused to grade, so the class was not graded: "
                    + oneLine(refusal.getMessage()));
            return ExitStatus.BAD_ARGUMENTS;
        }
        return ExitStatus.GRADED;
    }

    private void checkArguments() {
        if (submissions == null) {
            throw bad("<submissions-dir>: give the folder of the class's submissions (or --gradescope-zip <file>)");
        }
        if (!Files.isDirectory(submissions)) {
            throw bad("<submissions-dir>: " + submissions + " is not a directory"
                    + (submissions.toString().endsWith(".zip") ? " (unzip the export first)" : ""));
        }
        if (out == null) {
            throw bad("--out: give the folder for the gradebook, the report and the students' files");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw bad("--out: " + out + " is not a directory");
        }
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw bad("--jobs: " + jobs + " is out of range; give 1 to " + MAX_JOBS);
        }
        if (cache != null && Files.exists(cache) && !Files.isDirectory(cache)) {
            throw bad("--cache: " + cache + " is not a directory");
        }
        if (studentTimeoutMinutes < 1) {
            throw bad("--student-timeout: " + studentTimeoutMinutes + " minutes; give at least 1");
        }
        if (java != null && !Files.isExecutable(java)) {
            throw bad("--java: " + java + " is not an executable");
        }
    }

    private Rubric loadRubric() throws IOException {
        if (rubric == null) {
            return Rubric.bundled();
        }
        if (!Files.isRegularFile(rubric)) {
            throw bad("--rubric: " + rubric + " is not a file");
        }
        try {
            return Rubric.read(rubric);
        } catch (IOException | RuntimeException unreadable) {
            throw bad("--rubric: " + rubric + " is not a rubric (" + oneLine(String.valueOf(unreadable.getMessage())) + ")");
        }
    }

    private List<String> selectedQuestions(Rubric loaded) {
        if (questions == null) {
            return loaded.questions().stream().map(Rubric.Question::id).toList();
        }
        questions.stream().filter(q -> !loaded.byId().containsKey(q)).findFirst().ifPresent(q -> {
            throw bad("--questions: unknown question '" + q + "'; the rubric has " + loaded.byId().keySet());
        });
        return loaded.questions().stream().map(Rubric.Question::id).filter(questions::contains).toList();
    }

    /** The options every student's grader gets, as given here (the grader checks them itself and names a bad one). */
    List<String> graderOptions() {
        List<String> options = new ArrayList<>();
        if (questions != null) {
            options.addAll(List.of("--questions", String.join(",", questions)));
        }
        if (reference != null) {
            options.addAll(List.of("--reference", Path.of(reference).toFile().exists() ? Path.of(reference).toAbsolutePath().toString() : reference));
        }
        if (rubric != null) {
            options.addAll(List.of("--rubric", rubric.toAbsolutePath().toString()));
        }
        if (budgetCap != null) {
            options.addAll(List.of("--budget-cap", budgetCap));
        }
        if (noTemplateResults) {
            options.add("--no-template-results");
        }
        if (java != null) {
            options.addAll(List.of("--java", java.toAbsolutePath().toString()));
        }
        return options;
    }

    private static double maxOf(Rubric rubric, List<String> selected) {
        return concurrency.grader.Points.sum(selected.stream().mapToDouble(q -> rubric.byId().get(q).maxScore()));
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
