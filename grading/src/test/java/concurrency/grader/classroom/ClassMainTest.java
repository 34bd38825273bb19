package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The class command refuses a bad argument before grading anyone, with exit status 2 and one line that names it. */
class ClassMainTest {

    private record Ran(int status, String out, String err) {
    }

    private static Ran run(String... args) {
        picocli.CommandLine command = ClassMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return new Ran(command.execute(args), out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("a bad argument is named in one line on stderr, with exit status 2, and nothing is written")
    @CsvSource(delimiter = '|', value = {
            "no submissions folder                 | NONE                        | <submissions-dir>",
            "a submissions folder that is missing  | no-such-dir                 | <submissions-dir>",
            "no --out                              | SUBMISSIONS                 | --out",
            "an --out that is a file               | SUBMISSIONS --out=FILE      | --out",
            "no jobs                               | SUBMISSIONS --jobs=0        | --jobs",
            "too many jobs                         | SUBMISSIONS --jobs=17       | --jobs",
            "a cache that is a file                | SUBMISSIONS --cache=FILE    | --cache",
            "no time for a student                 | SUBMISSIONS --student-timeout=0 | --student-timeout",
            "an unknown question                   | SUBMISSIONS --questions=q9  | --questions",
            "a rubric that is no file              | SUBMISSIONS --rubric=none.json | --rubric",
            "a rubric that is no rubric            | SUBMISSIONS --rubric=FILE   | --rubric",
            "other people's code without a sandbox | SUBMISSIONS --no-sandbox    | --no-sandbox",
            "a zip and a class at once             | SUBMISSIONS --gradescope-zip=ZIP | --gradescope-zip",
            "an option that does not exist         | SUBMISSIONS --frobnicate    | --frobnicate",
    })
    void badArgumentIsNamed(String what, String arguments, String named, @TempDir Path work) throws Exception {
        Path submissions = Files.createDirectories(work.resolve("submissions"));
        Files.createDirectories(submissions.resolve("alice"));
        Path file = Files.writeString(work.resolve("file.txt"), "not a folder");
        List<String> args = new ArrayList<>();
        for (String word : arguments.split(" ")) {
            if (!word.equals("NONE")) {
                args.add(word.replace("SUBMISSIONS", submissions.toString()).replace("FILE", file.toString())
                        .replace("ZIP", work.resolve("autograder.zip").toString()));
            }
        }
        if (!arguments.contains("--out") && !arguments.equals("NONE") && !what.equals("no --out")) {
            args.add("--out=" + work.resolve("out"));
        }

        Ran ran = run(args.toArray(String[]::new));

        assertThat(ran.status()).as(what + "\n" + ran.err()).isEqualTo(2);
        assertThat(ran.err()).as(what).contains(named).startsWith("grader class");
        assertThat(ran.err().lines()).as(what + ": one line").hasSize(1);
        assertThat(work.resolve("out").resolve(Gradebook.FILE)).doesNotExist();
        assertThat(work.resolve("autograder.zip")).doesNotExist();
    }

    @Test
    @DisplayName("a folder with no submission in it is refused, naming it")
    void emptyClass(@TempDir Path work) throws Exception {
        Path submissions = Files.createDirectories(work.resolve("submissions"));

        Ran ran = run(submissions.toString(), "--out", work.resolve("out").toString());

        assertThat(ran.status()).as(ran.err()).isEqualTo(2);
        assertThat(ran.err()).contains("<submissions-dir>").contains("holds no submission");
    }

    @Test
    @DisplayName("the Gradescope zip ships the built grader.jar: from class folders it is refused, saying so")
    void zipNeedsTheJar(@TempDir Path work) {
        Ran ran = run("--gradescope-zip", work.resolve("autograder.zip").toString());

        assertThat(ran.status()).as(ran.err()).isEqualTo(2);
        assertThat(ran.err()).contains("--gradescope-zip").contains("grader.jar");
    }
}
