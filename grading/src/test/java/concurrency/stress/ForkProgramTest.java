package concurrency.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.runners.SpinLoopStyle;
import org.openjdk.jcstress.vm.VMSupport;

/**
 * ForkProgram skips jcstress's probing of the JVM: it must tell jcstress what the probes would
 * find. The build runs this on each JDK it is built with (17, and 25 in CI). Isolated: it swaps
 * System.out and jcstress's static processor count, which other test classes would see.
 */
@Isolated
class ForkProgramTest {
    private static final String ONE_TEST = "^concurrency\\.q5\\.IncrementIncrementStress$";

    @TempDir
    Path reports;

    @AfterEach
    void leaveJcstressUnprobed() {
        ForkProgram.ProbeAnswers.forget();
    }

    @Test
    @DisplayName("what it tells jcstress is what jcstress's own probes find on this JDK: the flags, compiler directives, Thread.onSpinWait")
    void toldIsWhatJcstressProbes() throws Exception {
        Options options = StressRun.options(ONE_TEST, reports, List.of());

        VMSupport.initFlags(options); // the ~22 JVM launches ForkProgram saves
        List<String> probed = new ArrayList<>(VMSupport.getJavaInvokeLine());
        probed.subList(0, 3).clear(); // java -cp <class path>
        // Probed only where no class folder is on the class path (not in this test, not in a grading): see ForkProgram.
        probed.remove("-XX:-RestrictContended");

        assertThat(probed).as("the flags jcstress probed, in its order").containsExactlyElementsOf(ForkProgram.probedFlags(options));
        assertThat(VMSupport.compilerDirectivesAvailable()).as("compiler directives work").isTrue();
        assertThat(VMSupport.spinWaitHintAvailable()).as("Thread.onSpinWait works").isTrue();
    }

    @Test
    @DisplayName("parsing jcstress's options is told this JVM's processor count instead of keeping every processor busy for a second to count them")
    void processorsAreToldNotCounted() throws Exception {
        Field hotCpus = VMSupport.class.getDeclaredField("HOT_CPUS");
        hotCpus.setAccessible(true);
        hotCpus.setInt(null, -1); // not counted yet, as in a runner JVM
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Options options;
        System.setOut(new PrintStream(printed, true));
        try {
            options = StressRun.options(ONE_TEST, reports, List.of());
        } finally {
            System.setOut(stdout);
        }

        assertThat(printed.toString()).as("jcstress's own count announces itself").doesNotContain("Burning up");
        assertThat(options.getCPUCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    @DisplayName("a run starts one fork per test, in the JDK's default configuration, with the probes' answers")
    void oneForkPerTest() throws Exception {
        Options options = StressRun.options(ONE_TEST, reports, List.of());

        Collection<TestResult> forks = ForkProgram.run(options, StressRun.matchingTests(ONE_TEST))
                .orElseThrow(() -> new AssertionError("this JDK refused the flags jcstress's probes choose"));

        List<String> line = VMSupport.getJavaInvokeLine();
        assertThat(line.subList(3, line.size())).as("each fork's flags before its configuration")
                .containsExactlyElementsOf(ForkProgram.probedFlags(options));
        assertThat(VMSupport.compilerDirectivesAvailable()).as("so jcstress writes each fork's compiler directives").isTrue();
        assertThat(forks).hasSize(1);
        TestResult fork = forks.iterator().next();
        assertThat(fork.getConfig().jvmArgs).as("the one configuration").noneMatch(flag -> flag.contains("BiasedLocking"));
        assertThat(fork.getConfig().spinLoopStyle).isEqualTo(SpinLoopStyle.THREAD_SPIN_WAIT);
        assertThat(ReportUtils.statusToLabel(fork)).as("the reference's counter under stress").isEqualTo("OK");
        assertThat(fork.getTotalCount()).as("samples").isPositive();
    }

    @Test
    @DisplayName("a JVM that refuses the flags gets no forks from it, and jcstress is left unprobed to probe it itself")
    void refusedFlagsFallBackToJcstress() throws Exception {
        Options options = StressRun.options(ONE_TEST, reports, List.of("-jvmArgs", "-XX:+NoSuchFlagInAnyJvm"));

        assertThat(ForkProgram.run(options, StressRun.matchingTests(ONE_TEST))).isEmpty();
        assertThat(VMSupport.getJavaInvokeLine()).as("java -cp <class path>, nothing told").hasSize(3);
        assertThat(VMSupport.compilerDirectivesAvailable()).isFalse();
    }
}
