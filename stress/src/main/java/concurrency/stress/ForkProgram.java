package concurrency.stress;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.TestExecutor;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.SerializedBufferCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.os.OSSupport;
import org.openjdk.jcstress.os.Scheduler;
import org.openjdk.jcstress.os.SchedulingClass;
import org.openjdk.jcstress.os.topology.Topology;
import org.openjdk.jcstress.vm.SimpleTestMain;
import org.openjdk.jcstress.vm.VMSupport;
import org.openjdk.jcstress.vm.VMSupportException;

/**
 * Runs jcstress's forks as {@code JCStress.run()} plans them, in one JVM configuration, without
 * probing the JVM first.
 *
 * <p>Before every run, jcstress 0.16 starts some 22 short JVMs to learn which flags this JVM takes
 * (8 s on 2 cores, twice per grading), and on JDK 17 it then runs every fork twice, with and without
 * biased locking (off by default since JDK 15, gone in JDK 18). Here each fork gets the flags those
 * probes choose on HotSpot 17 and later ({@link #forkFlags}; {@code ForkProgramTest} compares them
 * with jcstress's own probing on the JDK that runs the build), the compiler directives jcstress
 * writes for it, and one configuration: the JDK's default, so JDK 17 and JDK 25 run the same forks.
 * One JVM launch checks that this JVM takes the flags; if it does not, {@link #run} returns nothing
 * and the caller lets jcstress probe as it always did.
 */
final class ForkProgram {
    /** jcstress's probed flags before the heap's: diagnostic flags unlocked, no perf-data file. */
    static final List<String> FLAGS_BEFORE_HEAP = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-UsePerfData");
    /**
     * ... and after it: fewer GC and compiler threads, debug info at non-safepoints. Not {@code
     * -XX:-RestrictContended}: jcstress's probe for it fails whenever a class folder is on the class
     * path (it reads folder entries as class names), as in every grading and catch-rate measurement
     * so far, so no graded fork ever had it.
     */
    static final List<String> FLAGS_AFTER_HEAP = List.of("-XX:ParallelGCThreads=2", "-XX:ConcGCThreads=2",
            "-XX:G1ConcRefinementThreads=2", "-XX:CICompilerCount=2", "-XX:+DebugNonSafepoints");

    private ForkProgram() {
    }

    /** The flags jcstress's probes give every fork of a run with these options on HotSpot 17+, in their order. */
    static List<String> forkFlags(Options options) {
        List<String> flags = new ArrayList<>(FLAGS_BEFORE_HEAP);
        int heap = options.getHeapPerForkMb();
        flags.addAll(List.of("-Xms" + heap + "M", "-Xmx" + heap + "M"));
        if (options.isPretouchHeap()) {
            flags.add("-XX:+AlwaysPreTouch");
        }
        flags.addAll(FLAGS_AFTER_HEAP);
        return flags;
    }

    /**
     * Runs every fork of {@code tests} and returns what each reported (one result per test and fork),
     * or nothing if this JVM refuses the flags (then jcstress must probe it itself).
     *
     * @param scratch where each fork's compiler directives are written
     */
    static Optional<Collection<TestResult>> run(Options options, List<String> tests, Path scratch) throws Exception {
        Files.createDirectories(scratch);
        List<String> flags = forkFlags(options);
        // The directive jcstress's own probe tries: the file must hold one (an empty list is refused).
        Path someDirective = Files.writeString(Files.createTempFile(scratch, "jcstress", "directives"),
                "[ { match: \"*::*\", PrintInlining: true } ]\n");
        try {
            List<String> check = new ArrayList<>(flags);
            check.addAll(List.of("-XX:CompilerDirectivesFile=" + someDirective, SimpleTestMain.class.getName()));
            VMSupport.tryWith(check.toArray(String[]::new));
        } catch (VMSupportException refused) {
            System.out.println("This JVM does not take jcstress's usual flags " + flags + ", so jcstress will probe it: "
                    + refused.getMessage());
            return Optional.empty();
        }
        OSSupport.init(); // can threads be pinned to CPUs: two short probes, as jcstress.run() makes them

        List<String> jvmArgs = new ArrayList<>(flags);
        // As jcstress does: -jvmArgsPrepend, the host JVM's own flags (the grader's heap bound, tmpdir...), then -jvmArgs.
        jvmArgs.addAll(options.getJvmArgsPrepend() == null ? List.of() : options.getJvmArgsPrepend());
        jvmArgs.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        jvmArgs.addAll(options.getJvmArgs() == null ? List.of() : options.getJvmArgs());

        Scheduler scheduler = new Scheduler(Topology.get(), options.getCPUCount());
        Map<Integer, List<SchedulingClass>> classesByThreads = new TreeMap<>();
        List<TestConfig> program = new ArrayList<>();
        for (String test : tests) {
            TestInfo info = TestList.getInfo(test);
            List<SchedulingClass> classes = classesByThreads.computeIfAbsent(info.threads(),
                    threads -> scheduler.scheduleClasses(threads, options.getCPUCount(), options.affinityMode()));
            for (SchedulingClass shClass : classes) {
                for (int fork = 0; fork < options.getForks(); fork++) {
                    program.add(withDirectives(options, info, fork, jvmArgs, shClass, scratch));
                }
            }
        }
        Collections.shuffle(program);

        InProcessCollector results = new InProcessCollector();
        SerializedBufferCollector sink = new SerializedBufferCollector(results);
        new TestExecutor(options.verbosity(), sink, scheduler).runAll(program);
        sink.close();
        return Optional.of(results.getTestResults());
    }

    /**
     * A fork's configuration with the compiler directives jcstress would write for it (what to inline
     * into the test loop, what never to compile). jcstress writes them itself only after probing.
     */
    private static TestConfig withDirectives(Options options, TestInfo info, int fork, List<String> jvmArgs,
                                             SchedulingClass shClass, Path scratch) throws IOException {
        TestConfig unified = new TestConfig(options, info, fork, jvmArgs, UNIFIED, shClass);
        Path directives = Files.createTempFile(scratch, "jcstress", "directives");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(directives))) {
            unified.generateDirectives(out, options.verbosity());
        }
        List<String> args = new ArrayList<>(jvmArgs);
        args.add("-XX:CompilerDirectivesFile=" + directives);
        return new TestConfig(options, info, fork, args, UNIFIED, shClass);
    }

    /** jcstress's compile mode for a fork whose actors are all compiled alike (no split compilation). */
    private static final int UNIFIED = -1;
}
