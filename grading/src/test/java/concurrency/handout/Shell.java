package concurrency.handout;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command line as a student types it ({@code bash -c}), in a folder, and keeps what it printed. */
record Shell(int exitStatus, String output) {
    static Shell run(String commandLine, Path dir, Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("shell", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", commandLine)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            // kept in the test's output (target/failsafe-reports): what each step of a student costs
            System.out.printf("%5.1f s  %s  (in %s)%n", (System.nanoTime() - start) / 1e9, commandLine, dir.getFileName());
            if (!ended) {
                throw new AssertionError("'" + commandLine + "' did not finish within " + timeout.toMinutes() + " minutes in " + dir
                        + "; it printed:\n" + Files.readString(log, UTF_8));
            }
            return new Shell(process.exitValue(), Files.readString(log, UTF_8));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** The last lines of the output, for a failure message. */
    String tail() {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
