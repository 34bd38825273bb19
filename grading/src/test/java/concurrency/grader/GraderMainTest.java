package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The command line, in-process: a bad argument is refused before anything is graded, with exit
 * status 2 and one line on stderr that names it; every other failure has its own documented status.
 */
class GraderMainTest {

    /** What one run of the command printed and how it ended. */
    private record Ran(int status, String out, String err) {
    }

    private static Ran run(String... args) {
        CommandLine command = GraderMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int status = command.execute(args);
        return new Ran(status, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a bad argument is named in one line on stderr, with exit status 2 and no results")
    @CsvSource(delimiter = '|', value = {
            "missing submission directory     | no-such-dir           | <submission-dir>",
            "results that are a directory     | --results=.           | --results",
            "unknown question                 | --questions=q9        | --questions",
            "too short a time budget          | --budget-cap=1        | --budget-cap",
            "budget of an unknown question    | --budget-cap=q9=30    | --budget-cap",
            "budget that is no number         | --budget-cap=soon     | --budget-cap",
            "reference that is no jar         | --reference=none.jar  | --reference",
            "rubric that is no file           | --rubric=no-such.json | --rubric",
            "rubric that is no rubric         | --rubric=pom.xml      | --rubric",
            "cache that is a file             | --cache=pom.xml       | --cache",
            "no jobs                          | --jobs=0              | --jobs",
            "too many jobs                    | --jobs=17             | --jobs",
            "jobs that are no number          | --jobs=many           | --jobs",
            "java that is no executable       | --java=pom.xml        | --java",
            "an option that does not exist    | --frobnicate          | --frobnicate",
    })
    void badArgumentIsNamed(String what, String argument, String named, @TempDir Path work) {
        Path results = work.resolve("results.json");
        List<String> args = new ArrayList<>(List.of(argument));
        if (argument.startsWith("--")) {
            args.add(0, work.toString());
        }
        if (!argument.startsWith("--results")) {
            args.add("--results=" + results);
        }

        Ran ran = run(args.toArray(String[]::new));

        assertThat(ran.status()).as(what + "\n" + ran.err()).isEqualTo(ExitStatus.BAD_ARGUMENTS);
        assertThat(ran.err()).as(what).contains(named).startsWith("grader: ");
        assertThat(ran.err().lines()).as(what + ": one line, no usage dump").hasSize(1);
        assertThat(results).as("no results are written for " + what).doesNotExist();
    }

    @Test
    @DisplayName("a rubric whose points are not whole hundredths is refused: its checks could not add up to them")
    void rubricInHundredths(@TempDir Path work) throws IOException {
        Path rubric = Files.writeString(work.resolve("rubric.json"), """
                {"questions": [{"id": "q1", "title": "Q1", "kinds": {"correctness": {"points": 8.333, "timeoutSeconds": 60}}}]}""");

        Ran ran = run(work.toString(), "--rubric=" + rubric, "--results=" + work.resolve("results.json"));

        assertThat(ran.status()).as(ran.err()).isEqualTo(ExitStatus.BAD_ARGUMENTS);
        assertThat(ran.err()).contains("--rubric").contains("8.333 points is not a whole number of hundredths");
    }

    @Test
    @DisplayName("--no-sandbox refuses --cache: without the sandbox, student code could poison it")
    void plainModeRefusesTheCache(@TempDir Path work) {
        Ran ran = run(work.toString(), "--no-sandbox", "--cache", work.resolve("cache").toString());

        assertThat(ran.status()).as(ran.err()).isEqualTo(ExitStatus.BAD_ARGUMENTS);
        assertThat(ran.err()).contains("--cache cannot be used with --no-sandbox");
        assertThat(work.resolve("cache")).doesNotExist();
    }

    @Test
    @DisplayName("--budget-cap reads 30 as every question and q4=30 as one question")
    void budgetCapReadsBothForms() {
        BudgetCap.Converter converter = new BudgetCap.Converter();

        assertThat(converter.convert("30")).isEqualTo(new BudgetCap(Optional.empty(), 30));
        assertThat(converter.convert("q4=30")).isEqualTo(new BudgetCap(Optional.of("q4"), 30));
    }

    @Test
    @DisplayName("--help documents every exit status")
    void helpListsEveryExitStatus() {
        Ran ran = run("--help");

        assertThat(ran.status()).isZero();
        assertThat(ran.out()).contains("Exit status:");
        for (int status : List.of(ExitStatus.GRADED, ExitStatus.FAILED, ExitStatus.BAD_ARGUMENTS, ExitStatus.STRAYS)) {
            assertThat(ran.out()).containsPattern("(?m)^\\s+" + status + "\\s+\\S");
        }
    }

    @Test
    @DisplayName("--version is the version Maven built, not a string in the code")
    void versionComesFromTheBuild() {
        Ran ran = run("--version");

        assertThat(ran.status()).isZero();
        assertThat(ran.out().strip()).matches("grader \\d+\\.\\d+\\S*");
    }

    @Test
    @DisplayName("processes of the submission left alive end the grader with status 3 and one line, not a stack trace")
    void straysAreExitStatusThree() throws Exception {
        CommandLine command = GraderMain.commandLine();
        StringWriter err = new StringWriter();
        command.setErr(new PrintWriter(err, true));

        int status = command.getExecutionExceptionHandler().handleExecutionException(
                new StraysAlive("2 processes of the submission are still alive; no results written"), command, null);

        assertThat(status).isEqualTo(ExitStatus.STRAYS);
        assertThat(err.toString().lines()).containsExactly("grader: 2 processes of the submission are still alive; no results written");
    }

    @Test
    @DisplayName("a failure of the grader itself is exit status 1 and one line that says what and where")
    void aFailureIsExitStatusOne() throws Exception {
        CommandLine command = GraderMain.commandLine();
        StringWriter err = new StringWriter();
        command.setErr(new PrintWriter(err, true));

        int status = command.getExecutionExceptionHandler().handleExecutionException(
                new IOException("No space left on device\nwhile writing"), command, null);

        assertThat(status).isEqualTo(ExitStatus.FAILED);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("grader failed: IOException: No space left on device while writing (at ");
    }

    @Test
    @DisplayName("a work directory that cannot be created fails in-process with status 1, before anything is graded")
    void unusableWorkDirIsExitStatusOne(@TempDir Path work) throws IOException {
        Path file = Files.writeString(work.resolve("a-file"), "");
        Ran ran = run(work.toString(), "--no-sandbox", "--results=" + work.resolve("results.json"),
                "--work-dir=" + file.resolve("sub"));

        assertThat(ran.status()).as(ran.err()).isEqualTo(ExitStatus.FAILED);
        assertThat(ran.err().lines()).singleElement().asString().startsWith("grader failed: ");
        assertThat(work.resolve("results.json")).doesNotExist();
    }
}
