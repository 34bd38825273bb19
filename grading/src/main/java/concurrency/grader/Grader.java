package concurrency.grader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

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
    private final int jobs;
    private final IsolatedCompiler compiler;

    Grader(Rubric rubric, Bundle bundle, RunnerJvm runner, IsolatedCompiler compiler, Path workDir, PrintStream console,
           ResultCache cache, int jobs) {
        this.compiler = compiler;
        this.cache = cache;
        this.jobs = jobs;
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

    Sheet grade(Path submission, List<String> questions) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, Rubric.Question> byId = rubric.byId();
        // Every question has its own classes, and every kind its own JVM and run directory, so the
        // runs are independent: `jobs` at a time. Compiles are queued first, so a run that waits
        // for its question's build never waits behind itself; then the longest budgets go first.
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            Map<String, ? extends Future<QuestionBuild.Result>> builds =
                    compiler.compileAll(questions, submission, bundle.referenceClasses(), workDir);
            record Run(Rubric.Question question, String kind, Rubric.Kind budget) {
            }
            List<Run> runs = new ArrayList<>();
            questions.forEach(id -> byId.get(id).kinds().forEach((kind, budget) -> runs.add(new Run(byId.get(id), kind, budget))));
            Map<Run, Future<KindSheet>> sheets = new LinkedHashMap<>();
            runs.stream().sorted(Comparator.comparing((Run run) -> run.budget().timeout()).reversed()).forEach(run ->
                    sheets.put(run, pool.submit(() -> gradeKind(run.question().id(), run.kind(), run.budget(),
                            result(builds.get(run.question().id()))))));

            List<GradedTest> tests = new ArrayList<>();
            double max = 0;
            for (String id : questions) {
                Rubric.Question question = byId.get(id);
                List<GradedTest> graded = new ArrayList<>();
                StringBuilder log = new StringBuilder();
                for (Run run : runs) {
                    if (run.question() == question) {
                        KindSheet sheet = result(sheets.get(run));
                        graded.addAll(sheet.tests());
                        log.append(sheet.line());
                    }
                }
                max += question.maxScore();
                tests.addAll(graded);
                console.printf(Locale.ROOT, "%s  %s/%s%n%s", id.toUpperCase(),
                        fmt(graded.stream().mapToDouble(GradedTest::score).sum()), fmt(question.maxScore()), log);
            }
            return new Sheet(tests, max, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            compiler.awaitEnd();
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** The checks of one kind of one question, and the console line that tells how it went. */
    private record KindSheet(List<GradedTest> tests, String line) {
    }

    private static <T> T result(Future<T> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private KindSheet gradeKind(String id, String kind, Rubric.Kind budget, QuestionBuild.Result build)
            throws IOException, InterruptedException {
        if (build.classes().isEmpty()) {
            return new KindSheet(Scoring.whole(id, kind, budget.points(), build.problem()),
                    String.format(Locale.ROOT, "  %-11s 0/%s  %s%n", kind, fmt(budget.points()), build.verdict()));
        }
        Path runDir = Files.createDirectories(workDir.resolve(id).resolve("run-" + kind));
        Path argument = switch (kind) {
            case "correctness" -> bundle.testsJar();
            case "stress" -> runDir;
            case "design" -> build.classes().get();
            default -> throw new IllegalStateException(kind);
        };
        String key = null;
        if (cache.enabled()) {
            Predicate<Path> relevant = kind.equals("stress")
                    ? StressScope.files(bundle.stressJar(), id, build.classes().get())::contains : file -> true;
            key = cache.key(id, kind, budget, build.classes().get(), relevant);
        }
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
            if (cache.enabled() && report.trustworthy()) {
                cache.put(key, graded);
            }
        }
        long passed = graded.stream().filter(GradedTest::passed).count();
        return new KindSheet(graded, String.format(Locale.ROOT, "  %-11s %s/%s  %d of %d checks passed  (%s)%n", kind,
                fmt(graded.stream().mapToDouble(GradedTest::score).sum()), fmt(budget.points()), passed, graded.size(), took));
    }

    static String fmt(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points);
    }

    static Optional<String> unknownQuestion(Rubric rubric, List<String> questions) {
        return questions.stream().filter(q -> !rubric.byId().containsKey(q)).findFirst();
    }
}
