package concurrency.grader.classroom;

import concurrency.grader.ClassDataArchive;
import concurrency.grader.GraderMain;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the grader on one submission in a JVM of its own, exactly as {@code ./grade} would: one student's grading
 * cannot take another's down, and each ends with the grader's documented exit status. Every grader still
 * running is killed, with all it started, when this JVM is stopped (Ctrl-C), so a stopped batch leaves nothing.
 */
final class GraderProcess {
    /** The grader's heap (it never loads student code, and the corpus is graded in 256 MB) and its compiler. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", GraderMain.QUICK_JIT);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(GraderProcess::kill), "stop-graders"));
    }

    /** How one grading ended; {@code lastLine} is the last line the grader printed (its reason, when it failed). */
    record Ended(int exitStatus, boolean timedOut, Duration took, String lastLine) {
    }

    private final Path launcher;
    private final List<Path> classPath;
    private final Duration timeout;
    private final Optional<ClassDataArchive> archive;

    GraderProcess(Path launcher, List<Path> classPath, Duration timeout) {
        this(launcher, classPath, timeout, Optional.empty());
    }

    private GraderProcess(Path launcher, List<Path> classPath, Duration timeout, Optional<ClassDataArchive> archive) {
        this.launcher = launcher;
        this.classPath = List.copyOf(classPath);
        this.timeout = timeout;
        this.archive = archive;
    }

    /** The same, with the graders' classes kept in a class-data archive in the class's (trusted) cache. */
    GraderProcess sharingClassesIn(Path cacheDir) throws IOException {
        return new GraderProcess(launcher, classPath, timeout,
                ClassDataArchive.of(Optional.of(cacheDir), "grader", launcher, JVM_OPTIONS, classPath));
    }

    /** This JVM's own java and class path: grader.jar, or the class folders of a build. */
    static GraderProcess ofThisJvm(Duration timeout) {
        List<Path> classPath = java.util.stream.Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath()).toList();
        return new GraderProcess(Path.of(System.getProperty("java.home"), "bin", "java"), classPath, timeout);
    }

    List<Path> classPath() {
        return classPath;
    }

    /** Grades {@code submission} into {@code results}; the grader's console goes to {@code console}. */
    Ended grade(Path submission, Path results, Path console, List<String> options) throws IOException, InterruptedException {
        ClassDataArchive.Use classData = archive.map(ClassDataArchive::use).orElse(ClassDataArchive.Use.NONE);
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(classData.options());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                "concurrency.grader.GraderMain", submission.toAbsolutePath().toString(), "--results", results.toAbsolutePath().toString()));
        command.addAll(options);
        Files.deleteIfExists(results);
        long start = System.nanoTime();
        Process grader = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        RUNNING.add(grader);
        boolean finished;
        try {
            finished = grader.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopped) {
            kill(grader); // the batch is being stopped: this grading with it
            throw stopped;
        } finally {
            if (!grader.isAlive()) {
                RUNNING.remove(grader);
            }
        }
        if (!finished) {
            kill(grader);
            RUNNING.remove(grader);
        }
        if (archive.isPresent()) {
            archive.get().keep(classData, finished && grader.exitValue() == 0);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Ended(finished ? grader.exitValue() : -1, !finished, took, lastLine(console));
    }

    /** The grader first, so that bubblewrap (--die-with-parent) takes the sandboxed runners with it; then the rest. */
    private static void kill(Process grader) {
        List<ProcessHandle> descendants = grader.descendants().toList();
        grader.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        grader.onExit().completeOnTimeout(grader, 30, TimeUnit.SECONDS).join();
    }

    private static String lastLine(Path console) throws IOException {
        if (!Files.exists(console)) {
            return "";
        }
        // the tail only, decoded leniently: a student's output may be long, or not UTF-8 at all
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(console.toFile(), "r")) {
            long from = Math.max(0, file.length() - 8192);
            byte[] tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
            List<String> lines = new String(tail, java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        }
    }
}
