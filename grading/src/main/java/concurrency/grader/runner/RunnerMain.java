package concurrency.grader.runner;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The entry point of the JVM that runs one kind of check for one question against a submission:
 * {@code RunnerMain <correctness|stress> <question> <path>}. The grader starts it, sends
 * a nonce on stdin, reads results from stdout, and kills it if it overruns.
 */
public final class RunnerMain {
    private RunnerMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        String nonce = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (nonce == null || nonce.isBlank()) {
            throw new IllegalStateException("the runner expects a nonce on its first line of stdin");
        }
        System.setIn(new ByteArrayInputStream(new byte[0]));
        System.setOut(System.err);
        Channel channel = new Channel(protocol, nonce);

        String kind = args[0];
        String question = args[1];
        Path path = Path.of(args[2]);
        switch (kind) {
            case "correctness" -> new JUnitRun(channel).run(question, path);
            case "stress" -> new JcstressRun(channel).run(question, path);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
        SpaceUsed.overLimits(Path.of("").toAbsolutePath(), SpaceUsed.boundedPlaces()).forEach(channel::limit);
        channel.done();
        // Student code may have left non-daemon threads behind; they must not keep this JVM alive.
        Runtime.getRuntime().halt(0);
    }
}
