package concurrency.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.stream.Stream;

/**
 * The grader's pipeline, from a submission's sources to results.json (package-info.java tells the
 * whole story): {@link Submission} → {@link QuestionBuild} (both in the compiler's JVM) →
 * {@link RunnerJvm} (one per question and kind that runs student code; the design rules, which only
 * read class files, are applied here by {@link DesignReview}) → {@link Scoring} → {@link GradescopeResults}.
 * Each question is compiled on its own and each kind that runs student code runs in its own JVM, so a
 * question that does not compile, hangs or exits costs that question's points only.
 */
final class Pipeline {
    /** The longest javac may work on one question (or the shortest budget of the question, if shorter)... */
    static final int COMPILE_SECONDS = 60;
    /** ...but at least this long, however short the budgets: the first question also pays for the compiler's JVM starting. */
    static final int COMPILE_FLOOR_SECONDS = 20;

    /**
     * How the command line asks for the submission to be graded.
     *
     * @param replayTemplate whether a question identical to the untouched template gets the template's
     *                       recorded results ({@link TemplateResults}) instead of being compiled and run
     */
    record Settings(Rubric rubric, String reference, Optional<Path> cacheDir, int jobs, Sandbox sandbox, Path java,
                    boolean replayTemplate) {
    }

    private final Path submission;
    private final Settings settings;
    private final Path workDir;
    private final ConsoleReport console;
    private final Bundle bundle;
    private final Limits limits;
    private final IsolatedCompiler compiler;
    private final RunnerJvm runner;
    private final Optional<ResultCache> cache;
    private final TemplateResults template;
    private final HiddenChecks elsewhere;
    /** Each graded question's compiled classes, as a SHA-256 (or "template", or "not compiled"). */
    private final Map<String, String> classDigests = new java.util.concurrent.ConcurrentHashMap<>();

    private Pipeline(Path submission, Settings settings, Path workDir, ConsoleReport console) throws IOException, InterruptedException {
        this.submission = submission;
        this.settings = settings;
        this.workDir = workDir;
        this.console = console;
        this.bundle = Bundle.unpack(workDir.resolve("bundle"), settings.reference(),
                settings.cacheDir().map(dir -> dir.resolve("runners")));
        this.limits = Limits.detect();
        console.setup(submission, bundle.referenceClasses().isPresent(), settings.sandbox(), limits);
        this.cache = settings.cacheDir().isEmpty() ? Optional.empty() : Optional.of(openCache(settings.cacheDir().get()));
        // recorded with the bundled reference, which every other package of a question is compiled against
        this.elsewhere = HiddenChecks.bundled();
        this.template = settings.replayTemplate() && settings.reference() == null
                ? TemplateResults.bundled().on(TemplateResults.jdk(settings.java(), bundle.testsJar())) : TemplateResults.none();
        Optional<ClassDataArchive> compilerClasses = ClassDataArchive.of(settings.cacheDir(), "compiler", settings.java(),
                IsolatedCompiler.JVM_OPTIONS, RunnerJar.graderPath());
        this.compiler = new IsolatedCompiler(settings.java(), compilerClasses, compileBudgets(settings.rubric()),
                cache.map(c -> new BuildCache(settings.cacheDir().get().resolve("builds"), c.environment())),
                template.replayable(settings.rubric()));
        this.runner = new RunnerJvm(settings.java(), List.of(bundle.runnerJar(), bundle.testsJar(), bundle.stressJar()),
                settings.sandbox(), limits, RunnerModules.of(settings.java()));
    }

    /** The JDK this grading's checks run on, as {@link TemplateResults} records it. */
    String jdk() throws IOException {
        return TemplateResults.jdk(settings.java(), bundle.testsJar());
    }

    /** Unpacks what grading needs into {@code workDir}, and says on the console how student code will run. */
    static Pipeline prepare(Path submission, Settings settings, Path workDir, ConsoleReport console)
            throws IOException, InterruptedException {
        return new Pipeline(submission.toAbsolutePath(), settings, workDir, console);
    }

    /**
     * Grades {@code questions} and writes {@code results}: only when every process of the
     * submission is gone, so that nothing of it can touch that file.
     *
     * @throws StraysAlive if processes of the submission are still alive; nothing is written then
     */
    ScoreSheet grade(List<String> questions, Path results) throws IOException, InterruptedException {
        ScoreSheet sheet = gradeQuestions(questions);
        // RunnerJvm reaps every runner and all it started, and the compiler's JVM is gone: anything left is a stray.
        int strays = Reaper.strays(workDir).size();
        if (strays > 0) {
            throw new StraysAlive(strays + " processes of the submission are still alive; no results written");
        }
        console.failures(sheet);
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("sandbox", settings.sandbox().describe());
        environment.put("isolated", settings.sandbox().isolated());
        environment.put("limits", limits.describe());
        // what a class's report compares: two students whose question compiled to the very same classes
        environment.put("classes", new java.util.TreeMap<>(classDigests));
        GradescopeResults.write(sheet, ConsoleReport.summary(sheet), results, environment);
        console.end(sheet, results);
        new GitHubActions(sheet, settings.rubric(), submission).report(System.getenv(), System.out);
        return sheet;
    }

    /** One kind of check of one question: a JVM of its own. */
    private record Run(Rubric.Question question, String kind, Rubric.Item item) {
    }

    /** The checks of one kind of one question, and the console line that tells how it went. */
    private record KindSheet(List<GradedTest> tests, String line) {
    }

    private ScoreSheet gradeQuestions(List<String> questions) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, Rubric.Question> byId = settings.rubric().byId();
        // Every question has its own classes, and every kind its own JVM and run directory, so the
        // runs are independent: `jobs` at a time. Compiles are queued first, so a run that waits
        // for its question's build never waits behind itself; then the longest budgets go first.
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs());
        try {
            Map<String, ? extends Future<QuestionBuild.Result>> builds =
                    compiler.compileAll(questions, submission, bundle.referenceClasses(), workDir);
            List<Run> runs = new ArrayList<>();
            questions.forEach(id -> byId.get(id).kinds().forEach((kind, item) -> runs.add(new Run(byId.get(id), kind, item))));
            Map<Run, Future<KindSheet>> sheets = new LinkedHashMap<>();
            runs.stream().sorted(Comparator.comparing((Run run) -> run.item().timeout()).reversed()).forEach(run ->
                    sheets.put(run, pool.submit(() -> gradeKind(run, result(builds.get(run.question().id()))))));

            List<GradedTest> tests = new ArrayList<>();
            for (String id : questions) {
                Rubric.Question question = byId.get(id);
                List<GradedTest> graded = new ArrayList<>();
                StringBuilder lines = new StringBuilder();
                for (Run run : runs) {
                    if (run.question() == question) {
                        KindSheet sheet = result(sheets.get(run));
                        graded.addAll(sheet.tests());
                        lines.append(sheet.line());
                        unseen(run).ifPresent(u -> lines.append(ConsoleReport.kindUnseen(u)));
                    }
                }
                tests.addAll(graded);
                console.question(question, graded, lines.toString());
            }
            for (String id : questions) {
                QuestionBuild.Result build = result(builds.get(id));
                classDigests.put(id, build.template() ? "template" : build.classes().isEmpty() ? "not compiled"
                        : ResultCache.digest(build.classes().get()));
            }
            List<ScoreSheet.Unseen> unseen = runs.stream().flatMap(run -> unseen(run).stream()).toList();
            double max = Points.sum(questions.stream().mapToDouble(id -> byId.get(id).maxScore()));
            double unseenPoints = Points.sum(unseen.stream().mapToDouble(ScoreSheet.Unseen::points));
            return new ScoreSheet(tests, Points.sum(java.util.stream.DoubleStream.of(max, -unseenPoints)),
                    Duration.ofNanos(System.nanoTime() - start), List.copyOf(unseen));
        } finally {
            compiler.awaitEnd();
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** The hidden checks of one kind that this grader (a grade preview) does not carry, if any. */
    private Optional<ScoreSheet.Unseen> unseen(Run run) {
        String id = run.question().id();
        return elsewhere.of(id, run.kind()).map(count -> new ScoreSheet.Unseen(id, run.kind(), count.hidden(),
                elsewhere.points(id, run.kind(), run.item())));
    }

    /** Runs one kind of one question and scores it, or replays the score of identical code from the cache. */
    private KindSheet gradeKind(Run run, QuestionBuild.Result build) throws IOException, InterruptedException {
        String id = run.question().id();
        String kind = run.kind();
        Rubric.Item item = run.item();
        if (build.template()) {
            List<GradedTest> recorded = template.tests(id, kind).orElseThrow();
            return new KindSheet(recorded, ConsoleReport.kindGraded(kind, recorded, "the untouched template, known in advance"));
        }
        if (build.classes().isEmpty()) {
            double here = Points.sum(java.util.stream.DoubleStream.of(item.points(), -elsewhere.points(id, kind, item)));
            return new KindSheet(Scoring.whole(id, kind, here, build.problem()),
                    ConsoleReport.kindNotRun(kind, here, build.verdict()));
        }
        Path classes = build.classes().get();
        Optional<String> key = Optional.empty();
        if (cache.isPresent()) {
            Predicate<Path> relevant = kind.equals("stress")
                    ? StressScope.files(bundle.stressJar(), id, classes)::contains : file -> true;
            key = Optional.of(cache.get().key(id, kind, item, classes, relevant));
        }
        Optional<List<GradedTest>> remembered = key.flatMap(k -> cache.get().get(k));
        if (remembered.isPresent()) {
            return new KindSheet(remembered.get(), ConsoleReport.kindGraded(kind, remembered.get(),
                    "identical code graded before"));
        }
        RunnerJvm.Report report;
        if (kind.equals("design")) {
            report = DesignReview.review(id, classes, item.timeout());
        } else {
            Path runDir = Files.createDirectories(workDir.resolve(id).resolve("run-" + kind));
            Path argument = switch (kind) {
                case "correctness" -> bundle.testsJar();
                case "stress" -> runDir;
                default -> throw new IllegalStateException("unknown kind " + kind);
            };
            report = runner.run(kind, id, argument, build.classPath(), runDir, item.timeout());
        }
        List<GradedTest> graded = Scoring.score(id, kind, item, report, elsewhere);
        if (key.isPresent() && report.trustworthy()) {
            cache.get().put(key.get(), graded);
        }
        return new KindSheet(graded, ConsoleReport.kindGraded(kind, graded,
                String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0)));
    }

    /**
     * Results are shared between submissions only in the same environment: the grader's code, the
     * tests, the reference, the JDK, the sandbox and the limits.
     */
    private ResultCache openCache(Path dir) throws IOException {
        // without a reference, a question's behaviour also depends on the submission's other questions
        Stream<Path> others = bundle.referenceClasses().isEmpty() ? Stream.of(submission) : Stream.empty();
        Optional<String> grader = RunnerJar.graderIdentity();
        Stream<Path> graderCode = grader.isPresent() ? Stream.empty() : RunnerJar.graderPath().stream();
        List<Path> environment = Stream.of(graderCode, Stream.of(bundle.testsJar(), bundle.stressJar()),
                bundle.referenceClasses().stream(), others).flatMap(s -> s).toList();
        return ResultCache.in(dir, environment, grader.orElse("") + "|" + settings.java() + "|" + javaRelease(settings.java()) + "|"
                + settings.sandbox().describe() + "|" + limits.describe());
    }

    /** How long javac may work on each question: see {@link #COMPILE_SECONDS}, a machine may be busy. */
    private static Map<String, Duration> compileBudgets(Rubric rubric) {
        Map<String, Duration> budgets = new LinkedHashMap<>();
        rubric.questions().forEach(q -> budgets.put(q.id(), Collections.max(List.of(Duration.ofSeconds(COMPILE_FLOOR_SECONDS),
                Collections.min(List.of(Duration.ofSeconds(COMPILE_SECONDS), q.shortestTimeout()))))));
        return budgets;
    }

    /** The JDK's own release file (version and build), so that a cached result does not outlive a JDK update. */
    private static String javaRelease(Path javaLauncher) {
        try {
            return Files.readString(javaLauncher.getParent().getParent().resolve("release"));
        } catch (IOException e) {
            return "unknown";
        }
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
}
