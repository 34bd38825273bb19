package concurrency.stress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.collectors.TestResult;

/**
 * How often the stress tests catch the code on the class path: {@code trials} independent runs,
 * each the forks of every test that a grading run starts (with the grader's settings: one fork per
 * test, in the JDK's default configuration; see {@link ForkProgram}).
 *
 * <p>{@code java -cp <entry-classes>:stress/target/jcstress.jar concurrency.stress.CatchRate <pattern> <trials> [jcstress options]}
 *
 * <p>The runs share one jcstress host ({@code -f trials}): jcstress starts a fresh JVM for every
 * fork, so fork <i>i</i> of every test is what the <i>i</i>-th grading run would have run. A trial catches the code when
 * any of its forks fails (a forbidden outcome, an error, a timeout), as a grading run loses its
 * stress points when any test fails. Prints a line per test and a last line {@code CAUGHT k n
 * forbidden samples}.
 */
public final class CatchRate {
    private CatchRate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CatchRate <test pattern> <trials> [jcstress options]");
        }
        String pattern = args[0];
        int trials = Integer.parseInt(args[1]);
        List<String> extra = new java.util.ArrayList<>(List.of("-f", Integer.toString(trials)));
        extra.addAll(List.of(args).subList(2, args.length));
        Path reports = Files.createTempDirectory("catch-rate");
        Options options = StressRun.options(pattern, reports, extra);
        Collection<TestResult> forks = StressRun.runForks(options, reports);

        Set<Integer> caught = new TreeSet<>();
        Map<String, long[]> perTest = new TreeMap<>(); // failed forks, forks, forbidden observations, samples
        Map<String, Set<Integer>> trialsRun = new TreeMap<>();
        for (String test : StressRun.matchingTests(pattern)) {
            perTest.put(test, new long[4]);
        }
        for (TestResult fork : forks) {
            StressVerdict verdict = StressRun.verdict(fork);
            long[] counts = perTest.computeIfAbsent(fork.getName(), name -> new long[4]);
            counts[1]++;
            // fork i is trial i (of every configuration, where jcstress probed and chose more than one)
            trialsRun.computeIfAbsent(fork.getName(), name -> new TreeSet<>()).add(fork.getConfig().forkId);
            counts[3] += verdict.samples();
            counts[2] += verdict.outcomes().stream().filter(StressOutcome::forbidden).mapToLong(StressOutcome::count).sum();
            if (!verdict.passed()) {
                counts[0]++;
                caught.add(fork.getConfig().forkId);
            }
        }
        long forbidden = 0;
        long samples = 0;
        for (Map.Entry<String, long[]> test : perTest.entrySet()) {
            long[] c = test.getValue();
            forbidden += c[2];
            samples += c[3];
            System.out.printf("%-40s %3d of %3d forks failed, forbidden %s of %s samples%n",
                    test.getKey().substring(test.getKey().lastIndexOf('.') + 1), c[0], c[1],
                    StressVerdict.human(c[2]), StressVerdict.human(c[3]));
            int ran = trialsRun.getOrDefault(test.getKey(), Set.of()).size();
            if (ran != trials) {
                System.out.printf("  (only %d of %d trials ran this test)%n", ran, trials);
            }
        }
        System.out.printf("CAUGHT %d %d %d %d%n", caught.size(), trials, forbidden, samples);
    }
}
