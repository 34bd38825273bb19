package concurrency.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import concurrency.grader.screen.ApiScreen;
import concurrency.grader.screen.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The entry point of the JVM that reads and compiles a submission, one question after another:
 * {@code CompileMain <submission-dir> <reference-dir|-> <work-dir> <builds-dir|-> <environment> q1 q2 ...}.
 * It prints one JSON line per question as soon as that question is done, after screening its classes
 * for APIs that no question needs ({@link ApiScreen}); a question whose sources were built before
 * comes from the {@link BuildCache}. javac runs no student code (annotation
 * processing is off), but hostile source can still make it run for minutes or fill any heap: here
 * that costs this JVM, which the grader stops at the question's time budget.
 */
public final class CompileMain {
    /** What the grader learns of one question's build. */
    record Compiled(String question, String classes, List<String> classPath, String verdict, String problem) {
        static Compiled of(String question, QuestionBuild.Result result) {
            return new Compiled(question, result.classes().map(Path::toString).orElse(null),
                    result.classPath().stream().map(Path::toString).toList(), result.verdict(), result.problem());
        }

        QuestionBuild.Result result() {
            return new QuestionBuild.Result(Optional.ofNullable(classes).map(Path::of),
                    classPath.stream().map(Path::of).toList(), verdict, problem);
        }
    }

    private CompileMain() {
    }

    /** A question whose classes use an API that no question needs is not run at all: every kind of it scores 0. */
    static QuestionBuild.Result screened(QuestionBuild.Result build) {
        if (build.classes().isEmpty()) {
            return build;
        }
        List<Finding> findings = ApiScreen.screen(build.classes().get());
        return findings.isEmpty() ? build : QuestionBuild.Result.failed("uses an API this assignment never needs",
                ApiScreen.explain(findings));
    }

    /** A question's screened build: remembered from an earlier grading if its sources were built before, else compiled now. */
    static QuestionBuild.Result build(String question, Submission submission, Optional<Path> reference, Path work,
                                      Optional<BuildCache> builds) throws IOException {
        Optional<String> key = builds.isEmpty() ? Optional.empty()
                : QuestionBuild.cacheKey(question, submission, reference, builds.get());
        if (key.isPresent()) {
            Optional<QuestionBuild.Result> kept = QuestionBuild.restore(question, reference.get(), work, builds.get(), key.get());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        QuestionBuild.Result result = screened(QuestionBuild.compile(question, submission, reference, work));
        if (key.isPresent() && result.classes().isPresent()) {
            builds.get().store(key.get(), result.classes().get());
        }
        return result;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Path root = Path.of(args[0]);
        Optional<Path> reference = args[1].equals("-") ? Optional.empty() : Optional.of(Path.of(args[1]));
        Path work = Path.of(args[2]);
        Optional<BuildCache> builds = BuildCache.parse(args[3], args[4]);
        ObjectMapper json = new ObjectMapper();
        Submission submission = Submission.scan(root);
        for (int i = 5; i < args.length; i++) {
            String question = args[i];
            QuestionBuild.Result result = build(question, submission, reference, Files.createDirectories(work.resolve(question)),
                    builds);
            out.println(json.writeValueAsString(Compiled.of(question, result)));
        }
        out.flush();
        System.exit(0);
    }
}
