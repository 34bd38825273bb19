package concurrency.handout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./handout <out-dir>}: writes the student handout ({@link Handout}), then checks that nothing of
 * the reference, the written answers or the hidden tests leaked into it ({@link LeakCheck}). Exit status
 * 0 when the handout is written and clean, 1 when it leaks (the handout stays for inspection; do not hand
 * it out) or the generator failed, 2 for bad arguments.
 */
@Command(name = "handout", mixinStandardHelpOptions = true,
        description = "Writes the student handout of the concurrency assignment into a new folder and checks it for leaks.")
public final class HandoutMain implements Callable<Integer> {
    static final int WRITTEN = 0;
    static final int FAILED = 1;
    static final int BAD_ARGUMENTS = 2;

    @Parameters(index = "0", paramLabel = "<out-dir>", description = "A new (or empty) folder for the handout.")
    Path out;

    @Option(names = "--repo", paramLabel = "<dir>", defaultValue = ".",
            description = "This repository's root, which holds the sources and the student files (default: the current folder).")
    Path repo;

    @Option(names = "--grader", paramLabel = "<jar>",
            description = "The instructor's grader.jar (default: <repo>/grading/target/grader.jar).")
    Path grader;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command as main runs it: every failure becomes an exit status and one line on stderr. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HandoutMain());
        commandLine.setParameterExceptionHandler((e, parsed) -> {
            e.getCommandLine().getErr().println("handout: " + e.getMessage() + " (see --help)");
            return BAD_ARGUMENTS;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            boolean bad = e instanceof IllegalArgumentException;
            cl.getErr().println("handout: " + (bad ? "" : "failed: ") + e.getMessage());
            return bad ? BAD_ARGUMENTS : FAILED;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws Exception {
        Path graderJar = grader != null ? grader : repo.resolve("grading/target/grader.jar");
        if (!Files.isDirectory(repo.resolve("student-template/src/main/java"))) {
            throw new IllegalArgumentException("--repo: " + repo.toAbsolutePath() + " is not this repository's root "
                    + "(it has no student-template/src/main/java)");
        }
        if (!Files.isRegularFile(graderJar)) {
            throw new IllegalArgumentException("--grader: " + graderJar + " does not exist: build it with "
                    + "mvn -B -q -pl grading -am package -DskipTests, or name it");
        }
        Handout.Written written = new Handout(repo, graderJar).write(out);
        System.out.println("Wrote the student handout to " + out.toAbsolutePath() + " (" + written.testClasses().size()
                + " test classes, " + written.stressClasses().size() + " race-test classes).");
        // The corpus's correct alternatives are checked too by the build (HandoutIT), which can apply their patches.
        List<LeakCheck.Leak> leaks = LeakCheck.check(out, LeakCheck.forbidden(repo, graderJar, Map.of()));
        if (!leaks.isEmpty()) {
            System.err.println("handout: the handout leaks what students must not have; do not hand it out:");
            leaks.forEach(leak -> System.err.println("- " + leak));
            return FAILED;
        }
        System.out.println("Leak check: no code of the reference, no text of a written answer, no hidden test.");
        return WRITTEN;
    }
}
