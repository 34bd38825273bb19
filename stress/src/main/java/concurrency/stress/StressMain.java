package concurrency.stress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the stress tests on their own: {@code java -jar stress/target/jcstress.jar [pattern] [jcstress options]}.
 * Prints a verdict per test and {@code N passed, M failed}; exits 1 if any test failed or did not run.
 */
public final class StressMain {
    private StressMain() {
    }

    public static void main(String[] args) throws Exception {
        String pattern = args.length > 0 && !args[0].startsWith("-") ? args[0] : "^concurrency\\.";
        List<String> extra = Arrays.asList(args).subList(args.length > 0 && !args[0].startsWith("-") ? 1 : 0, args.length);
        Path reports = Files.createDirectories(Path.of("target", "jcstress"));
        List<StressVerdict> verdicts = StressRun.run(pattern, reports, extra);

        System.out.println();
        long passed = verdicts.stream().filter(StressVerdict::passed).count();
        for (StressVerdict v : verdicts) {
            System.out.println((v.passed() ? "PASS " : "FAIL ") + v.test());
            if (!v.passed()) {
                v.explanation().lines().forEach(line -> System.out.println("     " + line));
            }
        }
        System.out.println(passed + " passed, " + (verdicts.size() - passed) + " failed");
        System.exit(passed == verdicts.size() ? 0 : 1);
    }
}
