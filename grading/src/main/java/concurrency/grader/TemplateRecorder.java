package concurrency.grader;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Records the untouched template's results for {@link TemplateResults}:
 * {@code java -cp grader.jar concurrency.grader.TemplateRecorder <template-sources> <template-results.json>}
 * grades the template as the grader does (every question compiled and run, in bubblewrap when it is
 * there; the template is our own code) and writes what each check said. {@code scripts/template-results}
 * runs it and rebuilds the grader; the corpus tests prove that the record is what grading gives.
 */
public final class TemplateRecorder {
    private TemplateRecorder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TemplateRecorder <template-sources, e.g. student-template/src/main/java> <out.json>");
            System.exit(ExitStatus.BAD_ARGUMENTS);
        }
        Path template = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Rubric rubric = Rubric.bundled();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try (WorkDir work = WorkDir.open(null)) {
            Sandbox sandbox = Sandbox.bubblewrap(java.getParent().getParent(), work.path()).sandbox().orElseGet(Sandbox.Plain::new);
            Pipeline.Settings settings = new Pipeline.Settings(rubric, null, Optional.empty(), 2, sandbox, java, false);
            Pipeline pipeline = Pipeline.prepare(template, settings, work.path(), new ConsoleReport(System.out));
            ScoreSheet sheet = pipeline.grade(rubric.questions().stream().map(Rubric.Question::id).toList(),
                    work.path().resolve("results.json"));
            TemplateResults.of(pipeline.jdk(), rubric, sheet.tests(), template).write(out);
        }
        System.out.println("Recorded the template's results in " + out);
        System.exit(ExitStatus.GRADED);
    }
}
