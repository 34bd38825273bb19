package concurrency.grader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import concurrency.grader.screen.ApiScreen;
import concurrency.grader.screen.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The entry point of the JVM that reads and compiles a submission, one question after another:
 * {@code CompileMain <submission-dir> <reference-dir|-> <work-dir> <builds-dir|-> <environment> <templates> q1 q2 ...},
 * where {@code <templates>} lists the digests of the template's sources whose results the grader has
 * recorded ({@code q1=<sha256>,q4=<sha256>}, or {@code -}): a question with those very sources is not compiled.
 * It prints one JSON line per question as soon as that question is done, after screening its classes
 * for APIs that no question needs ({@link ApiScreen}); a question whose sources were built before
 * comes from the {@link BuildCache}. javac runs no student code (annotation
 * processing is off), but hostile source can still make it run for minutes or fill any heap: here
 * that costs this JVM, which the grader stops at the question's time budget.
 */
public final class CompileMain {
    /** What the grader learns of one question's build. */
    record Compiled(String question, String classes, List<String> classPath, String verdict, String problem, boolean template) {
        static Compiled of(String question, QuestionBuild.Result result) {
            return new Compiled(question, result.classes().map(Path::toString).orElse(null),
                    result.classPath().stream().map(Path::toString).toList(), result.verdict(), result.problem(), result.template());
        }

        /**
         * One line of JSON, written field by field: jackson-databind, which the grader reads it with, would first
         * inspect this record by reflection, a cost this short-lived JVM would pay on every grading.
         */
        String toJson() throws IOException {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
                json.writeStartObject();
                json.writeStringField("question", question);
                json.writeStringField("classes", classes);
                json.writeArrayFieldStart("classPath");
                for (String entry : classPath) {
                    json.writeString(entry);
                }
                json.writeEndArray();
                json.writeStringField("verdict", verdict);
                json.writeStringField("problem", problem);
                json.writeBooleanField("template", template);
                json.writeEndObject();
            }
            return text.toString();
        }

        QuestionBuild.Result result() {
            return new QuestionBuild.Result(Optional.ofNullable(classes).map(Path::of),
                    classPath.stream().map(Path::of).toList(), verdict, problem, template);
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

    /**
     * A question's screened build: none if its sources are the template's ({@code templates}, by
     * question), remembered from an earlier grading if they were built before, else compiled now.
     */
    static QuestionBuild.Result build(String question, Submission submission, Optional<Path> reference, Path work,
                                      Optional<BuildCache> builds, Map<String, String> templates) throws IOException {
        Optional<String> sources = QuestionBuild.sourcesDigest(question, submission, reference);
        if (sources.isPresent() && sources.get().equals(templates.get(question))) {
            return QuestionBuild.Result.untouchedTemplate();
        }
        Optional<String> key = builds.flatMap(b -> sources.map(digest -> b.key(question, digest)));
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
        Map<String, String> templates = templates(args[5]);
        Submission submission = Submission.scan(root);
        for (int i = 6; i < args.length; i++) {
            String question = args[i];
            QuestionBuild.Result result = build(question, submission, reference, Files.createDirectories(work.resolve(question)),
                    builds, templates);
            out.println(Compiled.of(question, result).toJson());
        }
        out.flush();
        System.exit(0);
    }

    /** {@code q1=<digest>,q4=<digest>} (or {@code -}) as a map, and back. */
    static Map<String, String> templates(String arg) {
        Map<String, String> templates = new TreeMap<>();
        if (!arg.equals("-")) {
            for (String pair : arg.split(",")) {
                templates.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return templates;
    }

    static String templates(Map<String, String> templates) {
        return templates.isEmpty() ? "-" : templates.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
