package concurrency.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.runner.Channel;
import concurrency.grader.runner.Check;
import concurrency.grader.runner.CheckResult;
import concurrency.grader.runner.RunnerMain;
import concurrency.grader.runner.SpaceUsed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a runner JVM for one question and kind, reads its results, and makes sure that it and
 * everything it started are dead before returning. Only lines that carry this run's nonce count.
 */
final class RunnerJvm {
    private static final int STDERR_TAIL = 16 * 1024;
    /** A protocol line longer than this is no report of ours; a stderr line is cut here. */
    static final int MAX_PROTOCOL_LINE = 1 << 20;
    static final int MAX_STDERR_LINE = 2 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path java;
    private final List<Path> toolClassPath;
    private final Sandbox sandbox;
    private final Limits limits;
    private final String modules;

    /**
     * @param toolClassPath the runner's jar, the tests and the stress tests
     * @param modules       what a runner of tests may resolve ({@link RunnerModules}); the stress
     *                      runner hosts jcstress, which needs more, and student code runs in jcstress's forks there
     */
    RunnerJvm(Path java, List<Path> toolClassPath, Sandbox sandbox, Limits limits, String modules) {
        this.modules = modules;
        this.java = java;
        this.toolClassPath = toolClassPath;
        this.sandbox = sandbox;
        this.limits = limits;
    }

    /** What one runner JVM reported, and how it ended. */
    record Report(List<Check> plan, Map<String, CheckResult> results, boolean finished, boolean timedOut, int exitStatus,
                  boolean forged, int strays, Optional<String> limitHit, Duration elapsed, String stderrTail) {
        /** Whether this report may be remembered and replayed: a run that ended as a runner ends, with nothing odd. */
        boolean trustworthy() {
            return finished && !timedOut && exitStatus == 0 && !forged && strays == 0 && limitHit.isEmpty();
        }
    }

    Report run(String kind, String question, Path argument, List<Path> classPath, Path runDir, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(runDir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "-XX:+UseSerialGC",
                "-XX:+DisableAttachMechanism", "-Djava.io.tmpdir=" + runDir.resolve("tmp")));
        if (!kind.equals("stress")) {
            command.addAll(List.of("--limit-modules", modules));
        }
        if (sandbox.isolated()) {
            command.add("-D" + SpaceUsed.BOUNDED + "=" + runDir.toAbsolutePath() + ":/tmp");
        }
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        List<Path> fullPath = new ArrayList<>(toolClassPath);
        fullPath.addAll(classPath);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, fullPath.stream().map(Path::toString).toList()),
                RunnerMain.class.getName(), kind, question, argument.toString()));
        List<Path> visible = new ArrayList<>(new LinkedHashSet<>(fullPath));
        if (!visible.contains(argument) && !argument.equals(runDir)) {
            visible.add(argument);
        }

        try (Limits.Box box = limits.open()) {
            ProcessBuilder builder = new ProcessBuilder(box.wrap(sandbox.wrap(command, runDir, visible))).directory(runDir.toFile());
            Map<String, String> env = builder.environment();
            String path = env.getOrDefault("PATH", "/usr/bin:/bin");
            env.clear();
            env.put("PATH", path);
            env.put("HOME", runDir.toString());
            env.put("LANG", "C.UTF-8");

            String nonce = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            long start = System.nanoTime();
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write((nonce + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // The JVM died at once; its exit status tells the story.
            }
            Protocol protocol = new Protocol(nonce);
            Thread stdoutReader = daemon("stdout-" + kind, () -> protocol.read(process.getInputStream()));
            StringBuilder stderr = new StringBuilder();
            Thread stderrReader = daemon("stderr-" + kind, () -> tail(process.getErrorStream(), stderr));

            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int strays = Reaper.killTree(process.toHandle(), runDir) + box.killAll();
            stdoutReader.join(5_000);
            stderrReader.join(5_000);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            int status = exited ? process.exitValue() : -1;
            synchronized (stderr) {
                List<String> hits = new ArrayList<>(protocol.limits);
                box.hit().ifPresent(hits::add);
                Optional<String> limitHit = hits.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", hits)
                        + " The limits keep one submission from taking the grading machine down, so this part scores 0.");
                return new Report(protocol.plan, Map.copyOf(protocol.results), protocol.done, !exited, status, protocol.forged,
                        strays, limitHit, elapsed, stderr.toString());
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void tail(InputStream in, StringBuilder into) {
        BoundedLines.read(in, MAX_STDERR_LINE, (line, cut) -> {
            synchronized (into) {
                into.append(line).append(cut ? " [... line cut]" : "").append('\n');
                if (into.length() > 2 * STDERR_TAIL) {
                    into.delete(0, into.length() - STDERR_TAIL);
                }
            }
        });
    }

    /** Parses the runner's protocol lines; anything that breaks the protocol marks the run as forged. */
    private static final class Protocol {
        private final String prefix;
        volatile List<Check> plan = List.of();
        final Map<String, CheckResult> results = Collections.synchronizedMap(new LinkedHashMap<>());
        final List<String> limits = Collections.synchronizedList(new ArrayList<>());
        volatile boolean done;
        volatile boolean forged;
        private boolean planned;

        Protocol(String nonce) {
            this.prefix = Channel.PREFIX + nonce + " ";
        }

        void read(InputStream in) {
            BoundedLines.read(in, MAX_PROTOCOL_LINE, (line, cut) -> {
                if (cut) {
                    // no report of the runner is that long: something else is writing to its stdout
                    forged = true;
                } else if (line.startsWith(prefix)) {
                    try {
                        accept(line.substring(prefix.length()));
                    } catch (IOException malformed) {
                        forged = true;
                    }
                } else if (line.trim().equals(prefix.trim())) {
                    forged = true;
                }
            });
        }

        private void accept(String message) throws IOException {
            if (done) {
                forged = true;
            } else if (message.equals("done")) {
                done = true;
            } else if (message.startsWith("plan ") && !planned) {
                planned = true;
                plan = List.of(JSON.readValue(message.substring(5), Check[].class));
            } else if (message.startsWith("limit ") && planned) {
                limits.add(JSON.readValue(message.substring(6), String.class));
            } else if (message.startsWith("result ") && planned) {
                CheckResult result = JSON.readValue(message.substring(7), CheckResult.class);
                boolean known = plan.stream().anyMatch(c -> c.id().equals(result.id()));
                if (!known || results.putIfAbsent(result.id(), result) != null) {
                    forged = true;
                }
            } else {
                forged = true;
            }
        }
    }
}
