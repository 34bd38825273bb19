package concurrency.stress;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The race tests (jcstress) of Q4 and Q5 as JUnit tests, for the student's repository, where
 * {@code mvn test -Pstress} runs those of both questions and {@code mvn test -Pstress -Dgroups=q4}
 * runs Q4's unit tests, then its race tests. Each race test becomes one test that fails with the
 * explanation the grader gives. jcstress starts JVMs of its own with this JVM's class path, so it runs
 * under Surefire unchanged. This repository leaves the tag {@code stress} out of its own builds: the
 * grader runs these race tests itself.
 */
@Tag("stress")
class RaceTest {
    @TestFactory
    @Tag("q4")
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    List<DynamicTest> q4() throws Exception {
        return race("q4");
    }

    @TestFactory
    @Tag("q5")
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    List<DynamicTest> q5() throws Exception {
        return race("q5");
    }

    /** Runs the question's race tests (about ten seconds, plus a few per test) and reports each verdict. */
    private static List<DynamicTest> race(String question) throws Exception {
        Path reports = Files.createDirectories(Path.of("target", "jcstress", question));
        List<StressVerdict> verdicts = StressRun.run("^concurrency\\." + question + "\\.", reports, List.of());
        return verdicts.stream().map(verdict -> DynamicTest.dynamicTest(verdict.simpleName(), () -> {
            if (!verdict.passed()) {
                fail(verdict.simpleName() + ": " + verdict.explanation());
            }
        })).toList();
    }
}
