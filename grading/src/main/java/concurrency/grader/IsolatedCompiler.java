package concurrency.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Compiles a submission's questions in a child JVM ({@link CompileMain}) with a heap limit and a
 * time budget per question. A question whose sources make javac run too long or run out of memory
 * scores 0; the child is then started again for the questions after it.
 */
final class IsolatedCompiler {
    static final String HEAP = "-Xmx1g";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A line that stands for "the child is gone" in the queue of its output. */
    private static final String EOF = "\0eof";
    /** A line that stands for "the child said more than a report can hold". */
    private static final String CUT = "\0cut";

    /** The compiler JVM's options, after any for its class-data archive. */
    static final List<String> JVM_OPTIONS = List.of(HEAP, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", GraderMain.QUICK_JIT);

    private final Path java;
    private final Optional<ClassDataArchive> archive;
    private final Map<String, Duration> budgets;
    private final Optional<BuildCache> builds;
    private final Map<String, String> templates;
    private volatile Thread driver;

    /**
     * @param budgets how long javac may work on each question
     * @param builds    where builds of sources compiled before are kept, if anywhere
     * @param templates by question, the digest of the template's sources whose results are recorded:
     *                  such a question is not compiled ({@link QuestionBuild.Result#untouchedTemplate()})
     */
    IsolatedCompiler(Path java, Map<String, Duration> budgets, Optional<BuildCache> builds, Map<String, String> templates) {
        this(java, Optional.empty(), budgets, builds, templates);
    }

    /** @param archive where the compiler's JVM keeps the classes it loads (with a trusted cache only) */
    IsolatedCompiler(Path java, Optional<ClassDataArchive> archive, Map<String, Duration> budgets, Optional<BuildCache> builds,
                     Map<String, String> templates) {
        this.java = java;
        this.archive = archive;
        this.budgets = budgets;
        this.builds = builds;
        this.templates = Map.copyOf(templates);
    }

    /**
     * Waits until the compiler's JVM is gone. The futures complete while it is still exiting; the
     * grader counts every process that names its work directory as a stray, so it waits here first.
     */
    void awaitEnd() throws InterruptedException {
        Thread running = driver;
        if (running != null) {
            running.join(30_000);
        }
    }

    private static CompileMain.Compiled parse(String line) {
        try {
            return JSON.readValue(line, CompileMain.Compiled.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** One future per question, each completed as soon as its question is compiled (or given up). */
    Map<String, CompletableFuture<QuestionBuild.Result>> compileAll(List<String> questions, Path submission,
                                                                    Optional<Path> reference, Path workDir) {
        Map<String, CompletableFuture<QuestionBuild.Result>> results = new LinkedHashMap<>();
        questions.forEach(q -> results.put(q, new CompletableFuture<>()));
        driver = new Thread(() -> {
            try {
                drive(new ArrayList<>(questions), submission, reference, workDir, results);
            } catch (Throwable t) {
                results.values().forEach(f -> f.completeExceptionally(t));
            }
        }, "compiler");
        driver.setDaemon(true);
        driver.start();
        return results;
    }

    private void drive(List<String> remaining, Path submission, Optional<Path> reference, Path workDir,
                       Map<String, CompletableFuture<QuestionBuild.Result>> results) throws IOException, InterruptedException {
        while (!remaining.isEmpty()) {
            ClassDataArchive.Use classData = archive.map(ClassDataArchive::use).orElse(ClassDataArchive.Use.NONE);
            List<String> command = new ArrayList<>(List.of(java.toString()));
            command.addAll(classData.options());
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-cp", String.join(File.pathSeparator, RunnerJar.graderPath().stream().map(Path::toString).toList()),
                    CompileMain.class.getName(),
                    submission.toString(), reference.map(Path::toString).orElse("-"), workDir.toString(),
                    builds.map(b -> b.dir().toString()).orElse("-"), builds.map(BuildCache::environment).orElse("-"),
                    CompileMain.templates(templates)));
            command.addAll(remaining);
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                BoundedLines.read(process.getInputStream(), RunnerJvm.MAX_PROTOCOL_LINE, (line, cut) -> lines.add(cut ? CUT : line));
                lines.add(EOF);
            }, "compiler-output");
            reader.setDaemon(true);
            reader.start();
            try {
                while (!remaining.isEmpty()) {
                    String question = remaining.get(0);
                    Duration budget = budgets.get(question);
                    String line = lines.poll(budget.toMillis(), TimeUnit.MILLISECONDS);
                    if (line == null || line.equals(EOF)) {
                        boolean exited = line != null && process.waitFor(5, TimeUnit.SECONDS);
                        results.get(question).complete(QuestionBuild.Result.failed(
                                line == null ? "did not compile in time" : "does not compile", line == null
                                        ? "The Java compiler worked on your code of " + question.toUpperCase() + " for "
                                        + budget.toSeconds() + " s without finishing, so it was stopped. Simplify what makes it "
                                        + "work so hard (deeply nested generic calls or lambdas, huge expressions)."
                                        : "The Java compiler stopped while compiling your code of " + question.toUpperCase()
                                        + (exited && process.exitValue() == 3 ? ": it ran out of memory (" + HEAP.substring(4)
                                        + "). Simplify what makes it work so hard (deeply nested generic calls or lambdas)."
                                        : " (exit status " + (exited ? process.exitValue() : "unknown") + ").")));
                        remaining.remove(0);
                        break;
                    }
                    CompileMain.Compiled compiled = line.equals(CUT) ? null : parse(line);
                    if (compiled == null || !remaining.contains(compiled.question())) {
                        // not a report we can read: this question is given up, the others go on
                        results.get(question).complete(QuestionBuild.Result.failed("could not be compiled",
                                "The compiler's report on your code of " + question.toUpperCase() + " was too long to read. "
                                        + "Look for very long names or very many files in this question's folder."));
                        remaining.remove(0);
                        break;
                    }
                    results.get(compiled.question()).complete(compiled.result());
                    remaining.remove(compiled.question());
                }
            } finally {
                // Done with every question, it exits by itself (writing its class-data archive, the first time).
                boolean exitedNormally = remaining.isEmpty() && process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                if (archive.isPresent()) {
                    archive.get().keep(classData, exitedNormally);
                }
            }
        }
    }
}
