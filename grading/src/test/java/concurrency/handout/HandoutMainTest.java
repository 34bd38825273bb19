package concurrency.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./handout refuses bad arguments with exit status 2 and a line that names the argument, before writing anything. */
class HandoutMainTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Run(int status, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = HandoutMain.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), err.toString());
    }

    @Test
    @DisplayName("a folder that is not empty is refused, naming <out-dir>: nothing of an older handout may stay in a new one")
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(dir.resolve("old-file.txt"), "from an older handout");
        Path grader = Files.writeString(dir.resolve("grader.jar"), "not read before the arguments are checked");

        Run run = run(dir.toString(), "--repo", REPO.toString(), "--grader", grader.toString());

        assertThat(run.status()).isEqualTo(HandoutMain.BAD_ARGUMENTS);
        assertThat(run.err()).startsWith("handout: <out-dir>: ").contains("is not an empty folder");
    }

    @Test
    @DisplayName("a --repo that is not this repository and a --grader that does not exist are refused, naming the option")
    void refusesAWrongRepoOrGrader() {
        Run wrongRepo = run(dir.resolve("out").toString(), "--repo", dir.toString());
        Run noGrader = run(dir.resolve("out").toString(), "--repo", REPO.toString(), "--grader", dir.resolve("none.jar").toString());

        assertThat(wrongRepo.status()).isEqualTo(HandoutMain.BAD_ARGUMENTS);
        assertThat(wrongRepo.err()).startsWith("handout: --repo: ").contains("not this repository's root");
        assertThat(noGrader.status()).isEqualTo(HandoutMain.BAD_ARGUMENTS);
        assertThat(noGrader.err()).startsWith("handout: --grader: ").contains("does not exist");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
