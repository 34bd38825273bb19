package concurrency.grader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one question of a submission on its own. With a reference, every other package comes
 * from the reference, and the reference's copy of this question is left out, so nothing of this
 * question can be borrowed from it. Without one, the rest comes from the submission itself.
 * Compilation reads source as text and never runs student code (annotation processing is off).
 */
public final class QuestionBuild {
    private static final int MAX_DIAGNOSTICS = 16 * 1024;
    private QuestionBuild() {
    }

    /**
     * The compiled classes of one question, or why there are none.
     *
     * @param verdict  a few words for the console when there are no classes ("does not compile")
     * @param template whether the sources are the untouched template's, whose results are recorded
     *                 ({@link TemplateResults}): then nothing is compiled
     */
    public record Result(Optional<Path> classes, List<Path> classPath, String verdict, String problem, boolean template) {
        Result(Optional<Path> classes, List<Path> classPath, String verdict, String problem) {
            this(classes, classPath, verdict, problem, false);
        }

        static Result untouchedTemplate() {
            return new Result(Optional.empty(), List.of(), "is the untouched template", null, true);
        }

        static Result failed(String problem) {
            return failed("does not compile", problem);
        }

        static Result failed(String verdict, String problem) {
            return new Result(Optional.empty(), List.of(), verdict, problem);
        }
    }

    public static Result compile(String question, Submission submission, Optional<Path> reference, Path workDir) throws IOException {
        String notes = submission.notes().isEmpty() ? "" : "\n" + String.join("\n", submission.notes());
        List<String> links = submission.linksOf(question);
        if (!links.isEmpty()) {
            return Result.failed("has a symbolic link", String.join("\n", links)
                    + "\nA link can point anywhere on the grading machine, so this question is not graded until it holds "
                    + "real files only.");
        }
        Optional<String> problem = submission.problemOf(question);
        if (problem.isPresent()) {
            return Result.failed("is too large", problem.get() + notes);
        }
        List<Path> sources = submission.sourcesOf(question);
        if (sources.isEmpty()) {
            return Result.failed("No source file declaring package concurrency." + question
                    + " was found in the submission. Put your classes of this question in src/main/java/concurrency/"
                    + question + "/." + notes);
        }
        Path out = Files.createDirectories(workDir.resolve("classes"));
        List<String> options = new ArrayList<>(List.of("--release", "17", "-proc:none", "-g", "-encoding", "UTF-8",
                "-Xlint:none", "-Xmaxerrs", "50", "-d", out.toString()));
        List<Path> runtimePath = new ArrayList<>(List.of(out));
        if (reference.isPresent()) {
            Path others = referenceWithout(question, reference.get(), workDir.resolve("reference-without-" + question));
            options.addAll(List.of("-classpath", others.toString(), "-implicit:none"));
            runtimePath.add(others);
        } else {
            Path tree = sourceTree(submission, workDir.resolve("sources"));
            options.addAll(List.of("-sourcepath", tree.toString(), "-implicit:class", "-classpath", out.toString()));
        }

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the grader must run on a JDK (javax.tools found no compiler)");
        }
        StringWriter diagnostics = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            ok = javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        if (!ok) {
            String complaint = diagnostics.toString().replace(submission.root().toString() + "/", "").strip();
            if (complaint.length() > MAX_DIAGNOSTICS) {
                complaint = complaint.substring(0, MAX_DIAGNOSTICS) + "\n[... more compiler messages cut]";
            }
            return Result.failed("Your code of " + question.toUpperCase() + " does not compile:\n" + complaint + notes);
        }
        String stray = strayClasses(out, reference.isPresent() ? "concurrency/" + question + "/" : "concurrency/");
        if (stray != null) {
            return Result.failed("Your code of " + question.toUpperCase() + " declares a class outside package concurrency."
                    + question + ": " + stray + ". Keep every class of this question in its package.");
        }
        return new Result(Optional.of(out), runtimePath, null, null);
    }

    /**
     * The key under which this question's build may be remembered: only with a reference (without
     * one, a question's classes also depend on the submission's other packages), and only for
     * sources that {@link #compile} would compile at all.
     */
    static Optional<String> cacheKey(String question, Submission submission, Optional<Path> reference, BuildCache builds)
            throws IOException {
        return sourcesDigest(question, submission, reference).map(digest -> builds.key(question, digest));
    }

    /**
     * The {@link TemplateResults#digest} of a question's sources, when its build depends on nothing
     * else of the submission: only with a reference, and only for sources that {@link #compile}
     * would compile at all.
     */
    static Optional<String> sourcesDigest(String question, Submission submission, Optional<Path> reference) throws IOException {
        List<Path> sources = submission.sourcesOf(question);
        if (reference.isEmpty() || sources.isEmpty() || !submission.linksOf(question).isEmpty()
                || submission.problemOf(question).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(TemplateResults.digest(sources));
    }

    /** The build remembered under {@code key}, laid out as {@link #compile} lays out a fresh one. */
    static Optional<Result> restore(String question, Path reference, Path workDir, BuildCache builds, String key)
            throws IOException {
        Path out = workDir.resolve("classes");
        if (!builds.restore(key, out)) {
            return Optional.empty();
        }
        Path others = referenceWithout(question, reference, workDir.resolve("reference-without-" + question));
        return Optional.of(new Result(Optional.of(out), List.of(out, others), null, null));
    }

    /** A copy of the reference's classes without this question's package. */
    private static Path referenceWithout(String question, Path reference, Path target) throws IOException {
        Path excluded = reference.resolve("concurrency").resolve(question);
        Files.walkFileTree(reference, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(excluded)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(reference.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(reference.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
        return target;
    }

    /** Every source of the submission at the path its package names, so javac can find what qN uses. */
    private static Path sourceTree(Submission submission, Path tree) throws IOException {
        for (var entry : submission.sourcesByPackage().entrySet()) {
            Path dir = tree.resolve(entry.getKey().replace('.', '/')).normalize();
            if (!dir.startsWith(tree)) {
                continue; // not a package name (Submission keeps only valid ones): never write outside the tree
            }
            Files.createDirectories(dir);
            for (Path file : entry.getValue()) {
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return tree;
    }

    private static String strayClasses(Path out, String allowedPrefix) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(allowedPrefix))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
