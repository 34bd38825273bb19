package concurrency.grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Grades a submission question by question. Each question is compiled on its own (every other
 * package from the reference), and each kind of check runs in its own JVM, so a question that does
 * not compile, hangs or exits costs that question's points only.
 */
final class Grader {
    private final Rubric rubric;
    private final Bundle bundle;
    private final RunnerJvm runner;
    private final Path workDir;
    private final PrintStream console;
    private final ResultCache cache;

    Grader(Rubric rubric, Bundle bundle, RunnerJvm runner, Path workDir, PrintStream console, ResultCache cache) {
        this.cache = cache;
        this.rubric = rubric;
        this.bundle = bundle;
        this.runner = runner;
        this.workDir = workDir;
        this.console = console;
    }

    /** The whole score sheet. */
    record Sheet(List<GradedTest> tests, double maxScore, Duration elapsed) {
        double score() {
            return Math.round(tests.stream().mapToDouble(GradedTest::score).sum() * 100) / 100.0;
        }
    }

    Sheet grade(Submission submission, List<String> questions) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<GradedTest> tests = new ArrayList<>();
        double max = 0;
        Map<String, Rubric.Question> byId = rubric.byId();
        for (String id : questions) {
            Rubric.Question question = byId.get(id);
            max += question.maxScore();
            List<GradedTest> graded = gradeQuestion(question, submission);
            tests.addAll(graded);
            double score = graded.stream().mapToDouble(GradedTest::score).sum();
            console.printf(Locale.ROOT, "%s  %s/%s%n", id.toUpperCase(), fmt(score), fmt(question.maxScore()));
        }
        return new Sheet(tests, max, Duration.ofNanos(System.nanoTime() - start));
    }

    private List<GradedTest> gradeQuestion(Rubric.Question question, Submission submission) throws IOException, InterruptedException {
        String id = question.id();
        Path questionDir = Files.createDirectories(workDir.resolve(id));
        QuestionBuild.Result build = QuestionBuild.compile(id, submission, bundle.referenceClasses(), questionDir);
        List<GradedTest> tests = new ArrayList<>();
        for (Map.Entry<String, Rubric.Kind> entry : question.kinds().entrySet()) {
            String kind = entry.getKey();
            Rubric.Kind budget = entry.getValue();
            if (build.classes().isEmpty()) {
                tests.addAll(Scoring.whole(id, kind, budget.points(), build.problem()));
                continue;
            }
            Path runDir = Files.createDirectories(questionDir.resolve("run-" + kind));
            Path argument = switch (kind) {
                case "correctness" -> bundle.testsJar();
                case "stress" -> runDir;
                case "design" -> build.classes().get();
                default -> throw new IllegalStateException(kind);
            };
            String key = cache.enabled() ? cache.key(id, kind, budget, build.classes().get()) : null;
            Optional<List<GradedTest>> remembered = cache.enabled() ? cache.get(key) : Optional.empty();
            List<GradedTest> graded;
            String took;
            if (remembered.isPresent()) {
                graded = remembered.get();
                took = "identical code graded before";
            } else {
                RunnerJvm.Report report = runner.run(kind, id, argument, build.classPath(), runDir, budget.timeout());
                graded = Scoring.score(id, kind, budget, report);
                took = String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0);
                if (cache.enabled() && report.finished() && !report.timedOut() && !report.forged() && report.strays() == 0) {
                    cache.put(key, graded);
                }
            }
            long passed = graded.stream().filter(GradedTest::passed).count();
            console.printf(Locale.ROOT, "  %-11s %s/%s  %d of %d checks passed  (%s)%n", kind,
                    fmt(graded.stream().mapToDouble(GradedTest::score).sum()), fmt(budget.points()),
                    passed, graded.size(), took);
            tests.addAll(graded);
        }
        return tests;
    }

    static String fmt(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points);
    }

    static Optional<String> unknownQuestion(Rubric rubric, List<String> questions) {
        return questions.stream().filter(q -> !rubric.byId().containsKey(q)).findFirst();
    }
}
