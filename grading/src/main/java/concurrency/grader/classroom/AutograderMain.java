package concurrency.grader.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.BuildVersion;
import concurrency.grader.ExitStatus;
import concurrency.grader.Points;
import concurrency.grader.Rubric;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code grader.jar gradescope}: what Gradescope's run_autograder runs for each submission. It reads
 * {@code /autograder/submission_metadata.json} when there is one (who submitted, and whether the assignment's points
 * match the rubric's), grades {@code /autograder/submission} whatever its shape (loose files at the top, a folder, a
 * repository, or a zip that Gradescope left packed), and always leaves a results.json: the grader's, or one that tells
 * the student why there is none. Gradescope's containers often cannot create the namespaces bubblewrap needs; then,
 * and only then, the submission is graded without the sandbox in its throwaway container, and results.json says so.
 */
@Command(name = "grader.jar gradescope", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Grades the submission of Gradescope's /autograder and writes /autograder/results/results.json.")
public final class AutograderMain implements Callable<Integer> {
    public static final String NAME = "gradescope";
    private static final String NO_SANDBOX = "--no-sandbox";

    @Option(names = "--root", paramLabel = "<dir>", defaultValue = "/autograder", description = "Gradescope's folder (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--timeout", paramLabel = "<minutes>", defaultValue = "50",
            description = "Stop grading after this long and say so in results.json (default: ${DEFAULT-VALUE}).")
    int timeoutMinutes;

    @Parameters(paramLabel = "<grader option>", description = "Options for the grader, after --, as the zip was made with.")
    List<String> graderOptions = new ArrayList<>();

    public static CommandLine commandLine() {
        return new CommandLine(new AutograderMain());
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = System.out;
        Path results = Files.createDirectories(root.resolve("results")).resolve("results.json");
        Rubric rubric = rubric();
        List<String> questions = questions(rubric);
        metadata(root.resolve("submission_metadata.json"), rubric, out);
        Path submission = root.resolve("submission");
        long start = System.nanoTime();
        try {
            Path graded = prepare(submission, Files.createTempDirectory("unpacked-"), out);
            grade(graded, results, out);
        } catch (Refused refused) {
            out.println("Not graded: " + refused.getMessage());
            UngradedResults.write(results, rubric, questions, refused.getMessage(), (System.nanoTime() - start) / 1_000_000_000L);
        }
        return ExitStatus.GRADED;
    }

    /** The folder to grade: the submission itself, or what a zip in it holds when it holds no .java file but a zip. */
    static Path prepare(Path submission, Path scratch, PrintStream out) throws IOException, Refused {
        if (!Files.isDirectory(submission)) {
            throw new Refused("Gradescope gave the grader no submission folder.");
        }
        Intake.Contents contents = Intake.contents(submission);
        if (contents.sources() > 0) {
            return submission;
        }
        List<Path> zips;
        try (Stream<Path> files = Files.walk(submission, 2)) {
            zips = files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")).sorted().toList();
        }
        if (zips.size() == 1) {
            out.println("The submission is a zip (" + submission.relativize(zips.get(0)) + "): grading what it holds.");
            SafeZip.Unpacked unpacked = SafeZip.unpack(zips.get(0), scratch);
            if (unpacked.sources() > 0) {
                return scratch;
            }
            throw new Refused(new Intake.Contents(0, unpacked.others()).noJavaReason());
        }
        throw new Refused(contents.noJavaReason());
    }

    private void grade(Path submission, Path results, PrintStream out) throws IOException, InterruptedException {
        GraderProcess grader = GraderProcess.ofThisJvm(Duration.ofMinutes(timeoutMinutes));
        Path console = Files.createTempFile("grader-", ".log");
        GraderProcess.Ended ended = grader.grade(submission, results, console, graderOptions);
        if (!ended.timedOut() && ended.exitStatus() == ExitStatus.BAD_ARGUMENTS && ended.lastLine().contains("bubblewrap")
                && !graderOptions.contains(NO_SANDBOX)) {
            out.println("bubblewrap cannot start here (" + ended.lastLine() + ")");
            out.println("Grading without the sandbox, inside this submission's own throwaway container.");
            List<String> plain = new ArrayList<>(graderOptions);
            plain.add(NO_SANDBOX);
            ended = grader.grade(submission, results, console, plain);
        }
        Files.copy(console, out); // Gradescope keeps run_autograder's output for the instructor
        Files.deleteIfExists(console);
        if (ended.timedOut()) {
            notGraded(results, "Grading took longer than " + timeoutMinutes + " minutes and was stopped. Does your code hang "
                    + "(a deadlock, a lost wake-up, an endless loop)? Try the preview on your machine; your instructor sees this too.",
                    ended, out);
        } else if (ended.exitStatus() == ExitStatus.STRAYS) {
            notGraded(results, "Processes your code started were still running after grading, so no grade could be given. "
                    + "Make sure every process and thread your code starts ends (close your pools, wait for your children).",
                    ended, out);
        } else if (ended.exitStatus() != ExitStatus.GRADED) {
            notGraded(results, "The autograder itself failed, which is not your fault: " + ended.lastLine()
                    + " Your instructor sees this and can grade your submission again.", ended, out);
        }
    }

    private void notGraded(Path results, String reason, GraderProcess.Ended ended, PrintStream out) throws IOException {
        out.println("Not graded: " + reason);
        Rubric rubric = rubric();
        UngradedResults.write(results, rubric, questions(rubric), reason, ended.took().toSeconds());
    }

    /** The rubric the zip's options name, or the bundled one. */
    private Rubric rubric() throws IOException {
        int at = graderOptions.indexOf("--rubric");
        return at >= 0 && at + 1 < graderOptions.size() ? Rubric.read(Path.of(graderOptions.get(at + 1))) : Rubric.bundled();
    }

    /** The questions the zip's options grade (--questions), in the rubric's order; every one by default. */
    private List<String> questions(Rubric rubric) {
        int at = graderOptions.indexOf("--questions");
        List<String> all = rubric.questions().stream().map(Rubric.Question::id).toList();
        if (at < 0 || at + 1 >= graderOptions.size()) {
            return all;
        }
        List<String> chosen = List.of(graderOptions.get(at + 1).split(","));
        return all.stream().filter(chosen::contains).toList();
    }

    /** Who submitted, for the log; and a warning when Gradescope's points for the assignment differ from the rubric's. */
    static void metadata(Path file, Rubric rubric, PrintStream out) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode metadata = new ObjectMapper().readTree(file.toFile());
            List<String> users = new ArrayList<>();
            metadata.path("users").forEach(u -> users.add(u.path("name").asText() + " <" + u.path("email").asText() + ">"));
            out.println("Submission " + metadata.path("id").asText("?") + " of \"" + metadata.path("assignment").path("title").asText("?")
                    + "\" by " + (users.isEmpty() ? "?" : String.join(", ", users)) + ", submitted " + metadata.path("created_at").asText("?"));
            JsonNode points = metadata.path("assignment").path("total_points");
            double max = Points.sum(rubric.questions().stream().mapToDouble(Rubric.Question::maxScore));
            if (!points.isMissingNode() && !points.isNull() && Math.abs(points.asDouble() - max) > 0.001) {
                out.println("Note for the instructor: the assignment is worth " + points.asText() + " points on Gradescope, and this "
                        + "autograder gives up to " + Points.format(max) + " (more points are fine if the rest is graded by hand).");
            }
        } catch (IOException unreadable) {
            out.println("submission_metadata.json is not readable (" + unreadable.getMessage() + "); grading anyway.");
        }
    }
}
