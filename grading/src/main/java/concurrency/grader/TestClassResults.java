package concurrency.grader;

import concurrency.grader.runner.Check;
import concurrency.grader.runner.CheckResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The correctness results of single test classes, remembered and replayed where the classes a test
 * class can reach ({@link TestScope}) are identical: a submission that changes only Q5's Pipeline
 * runs PipelineTest, and takes the results of the five other test classes from the run of
 * identical code. The runner still plans every check of the question, so the shares of the points
 * are the same as in a full run; only results of trustworthy runs are kept.
 */
final class TestClassResults {
    /** The top-level test class in a JUnit unique id: {@code [engine:junit-jupiter]/[class:concurrency.q5.PipelineTest]/...}. */
    private static final Pattern TEST_CLASS = Pattern.compile("\\[class:([^\\]]+)]");

    private final ResultCache cache;
    private final Map<String, String> keys;
    private final Map<String, List<CheckResult>> replayed;

    private TestClassResults(ResultCache cache, Map<String, String> keys, Map<String, List<CheckResult>> replayed) {
        this.cache = cache;
        this.keys = keys;
        this.replayed = replayed;
    }

    /** Looks up, for every test class of the question, the results of identical code. */
    static TestClassResults lookUp(ResultCache cache, Path testsJar, String question, Rubric.Item item, Path classes)
            throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, List<CheckResult>> replayed = new LinkedHashMap<>();
        for (Map.Entry<String, Set<Path>> scope : TestScope.byTestClass(testsJar, question, classes).entrySet()) {
            Set<Path> files = scope.getValue();
            String key = cache.key(question, "correctness of " + scope.getKey(), item, classes,
                    file -> !file.toString().endsWith(".class") || files.contains(file));
            keys.put(scope.getKey(), key);
            cache.getResults(key).ifPresent(results -> replayed.put(scope.getKey(), results));
        }
        return new TestClassResults(cache, keys, replayed);
    }

    /** The test classes whose results are known: the runner need not run them. */
    Set<String> known() {
        return replayed.keySet();
    }

    /**
     * The report of a run that left out {@link #known()}, with their results put in; empty if the
     * plan does not hold exactly the remembered checks of those classes (then run them all again).
     */
    Optional<RunnerJvm.Report> complete(RunnerJvm.Report report) {
        if (replayed.isEmpty() || report.plan().isEmpty()) {
            return Optional.of(report);
        }
        Map<String, List<String>> planned = checksByClass(report.plan());
        Map<String, CheckResult> results = new HashMap<>(report.results());
        for (Map.Entry<String, List<CheckResult>> known : replayed.entrySet()) {
            List<String> remembered = known.getValue().stream().map(CheckResult::id).toList();
            if (!remembered.equals(planned.getOrDefault(known.getKey(), List.of()))
                    || remembered.stream().anyMatch(results::containsKey)) {
                return Optional.empty();
            }
            known.getValue().forEach(result -> results.put(result.id(), result));
        }
        return Optional.of(new RunnerJvm.Report(report.plan(), Map.copyOf(results), report.finished(), report.timedOut(),
                report.exitStatus(), report.forged(), report.strays(), report.limitHit(), report.elapsed(), report.stderrTail()));
    }

    /** Remembers the results of every test class that {@code report} ran in full, if it can be trusted. */
    void remember(RunnerJvm.Report report) throws IOException {
        if (!report.trustworthy()) {
            return;
        }
        for (Map.Entry<String, List<String>> ran : checksByClass(report.plan()).entrySet()) {
            String key = keys.get(ran.getKey());
            if (key != null && !replayed.containsKey(ran.getKey()) && ran.getValue().stream().allMatch(report.results()::containsKey)) {
                cache.putResults(key, ran.getValue().stream().map(report.results()::get).toList());
            }
        }
    }

    /** The ids of the planned checks, in plan order, by their top-level test class. */
    private static Map<String, List<String>> checksByClass(List<Check> plan) {
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (Check check : plan) {
            Matcher matcher = TEST_CLASS.matcher(check.id());
            if (matcher.find()) {
                byClass.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).add(check.id());
            }
        }
        return byClass;
    }
}
