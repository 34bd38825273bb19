package concurrency.stress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * Runs the jcstress tests whose names match a pattern, in this JVM, with settings tuned for a
 * 2-core machine, and returns one verdict per test — including the tests that did not run, since
 * jcstress itself exits happily when nothing matched.
 */
public final class StressRun {
    /**
     * Quick mode, without split-compilation configurations or stress forks, and without pre-touching
     * each fork's heap (about 1.2 s per fork JVM on 2 cores): one fork per test, in one JVM
     * configuration, the JDK's default ({@link ForkProgram}: jcstress 0.16 alone would add a second on
     * JDK 17, with biased locking). Measured on the corpus with {@code scripts/catch-rates}
     * (stress/CATCH-RATES.md): every racy entry is still caught in 20 of 20 trials, as with quick mode alone.
     */
    public static final List<String> TUNED = List.of("-m", "quick", "-sc", "false", "-pth", "false", "-fsm", "0");

    private StressRun() {
    }

    /** The jcstress tests on the class path whose names match {@code testPattern}. */
    public static List<String> matchingTests(String testPattern) {
        Pattern pattern = Pattern.compile(testPattern);
        return TestList.tests().stream().filter(name -> pattern.matcher(name).find()).sorted().toList();
    }

    /**
     * Runs the matching tests; jcstress writes its reports under {@code reportDir}. A test whose
     * {@link Prerequisite} fails on one thread is not run: its verdict is NOT READY, with the reason.
     *
     * @param extraArgs more jcstress options, after the tuned ones (so they win)
     */
    public static List<StressVerdict> run(String testPattern, Path reportDir, List<String> extraArgs) throws Exception {
        List<String> expected = matchingTests(testPattern);
        if (expected.isEmpty()) {
            throw new IllegalStateException("no jcstress test matches '" + testPattern
                    + "': was the annotation processor run when the stress module was compiled?");
        }
        Map<String, StressVerdict> verdicts = new TreeMap<>(notReady(expected));
        List<String> ready = expected.stream().filter(test -> !verdicts.containsKey(test)).toList();
        if (!ready.isEmpty()) {
            String readyPattern = ready.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(", ")$"));
            for (TestResult result : ReportUtils.mergedByName(runForks(options(readyPattern, reportDir, extraArgs), reportDir))) {
                verdicts.put(result.getName(), verdict(result));
            }
        }
        for (String test : expected) {
            verdicts.computeIfAbsent(test, name -> new StressVerdict(name, description(name), "NOT RUN", 0, List.of(), List.of()));
        }
        return List.copyOf(verdicts.values());
    }

    /** A NOT READY verdict for each test whose prerequisite fails; each prerequisite is tried once. */
    static Map<String, StressVerdict> notReady(List<String> tests) throws InterruptedException {
        Map<String, StressVerdict> notReady = new TreeMap<>();
        Set<String> questions = new TreeSet<>();
        tests.forEach(test -> questions.add(packageOf(test)));
        for (String question : questions) {
            for (Prerequisite prerequisite : Prerequisite.of(question)) {
                List<String> needing = tests.stream().filter(t -> packageOf(t).equals(question))
                        .filter(t -> prerequisite.tests().contains(t.substring(t.lastIndexOf('.') + 1))).toList();
                if (needing.isEmpty()) {
                    continue;
                }
                Optional<String> failure = prerequisite.failure();
                failure.ifPresent(why -> needing.forEach(test ->
                        notReady.put(test, new StressVerdict(test, description(test), "NOT READY", 0, List.of(), List.of(why)))));
            }
        }
        return notReady;
    }

    private static String packageOf(String test) {
        String pkg = test.substring(0, test.lastIndexOf('.'));
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static String description(String test) {
        String description = TestList.getInfo(test).description();
        return description == null ? "" : description;
    }

    /**
     * Runs jcstress's forks with these options and returns what each forked JVM reported, one result
     * per test, configuration and fork (not merged). Only where this JVM refuses the flags {@link
     * ForkProgram} gives does jcstress probe it and run as it would alone (its result file then
     * moves into {@code reportDir}).
     */
    static Collection<TestResult> runForks(Options options, Path reportDir) throws Exception {
        Optional<Collection<TestResult>> unprobed = ForkProgram.run(options, matchingTests(options.getTestFilter()));
        if (unprobed.isPresent()) {
            return unprobed.get();
        }
        try {
            new JCStress(options).run();
        } catch (AssertionError failuresReported) {
            // jcstress reports failed tests by throwing once the result file is written; read it below.
        }
        Path resultFile = Path.of(options.getResultFile());
        if (!Files.exists(resultFile)) {
            return List.of();
        }
        Collection<TestResult> results = read(resultFile);
        Files.move(resultFile, reportDir.resolve(resultFile.getFileName()));
        return results;
    }

    /** The options of a run: the tuned ones, the fork JVM's flags, then {@code extraArgs} (which win). */
    static Options options(String testPattern, Path reportDir, List<String> extraArgs) throws IOException {
        List<String> args = new ArrayList<>(TUNED);
        args.addAll(List.of("-jvmArgs", forkJvmArgs(), "-r", reportDir.resolve("results").toString(), "-t", testPattern));
        args.addAll(extraArgs);
        Options options = new Options(args.toArray(String[]::new));
        ForkProgram.ProbeAnswers.tellProcessors();
        if (!options.parse()) {
            throw new IllegalArgumentException("jcstress rejected the options " + args);
        }
        return options;
    }

    /**
     * The JVM options of every forked test JVM: one configuration, quiet on JDK 22+, and closed to
     * attach (student code runs in these forks: nothing may attach to the host and read its heap).
     */
    static String forkJvmArgs() {
        List<String> flags = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:+DisableAttachMechanism"));
        if (Runtime.version().feature() >= 22) {
            flags.add("--enable-native-access=ALL-UNNAMED");
        }
        return String.join(" ", flags);
    }

    private static Collection<TestResult> read(Path resultFile) throws IOException, ClassNotFoundException {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(resultFile.toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        return collector.getTestResults();
    }

    static StressVerdict verdict(TestResult result) {
        List<StressOutcome> outcomes = new ArrayList<>();
        String status = ReportUtils.statusToLabel(result);
        if (status.equals("OK") || status.equals("FAILED")) {
            TestGrading grading = result.grading();
            for (GradingResult g : grading.gradingResults.values()) {
                outcomes.add(new StressOutcome(g.id, g.expect == Expect.FORBIDDEN, g.count, g.description));
            }
        }
        List<String> messages = new ArrayList<>(result.getMessages());
        messages.addAll(result.getVmErr());
        String description = TestList.getInfo(result.getName()).description();
        return new StressVerdict(result.getName(), description == null ? "" : description, status,
                result.getTotalCount(), outcomes, messages);
    }
}
