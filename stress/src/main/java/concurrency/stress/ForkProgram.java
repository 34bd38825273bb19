package concurrency.stress;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
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
 * biased locking (off by default since JDK 15, gone in JDK 18). Here jcstress is told what those
 * probes find on HotSpot 17 and later ({@link #probedFlags}, compiler directives and {@code
 * Thread.onSpinWait} available; {@code ForkProgramTest} compares this with jcstress's own probing on
 * each JDK the build runs on), and the forks run in one configuration, the JDK's default, so JDK 17
 * and JDK 25 run the same forks. jcstress still builds each fork's command line and writes its
 * compiler directives just before starting it, as it always does. One JVM launch checks that this
 * JVM takes the flags; where it does not, {@link #run} returns nothing and the caller lets jcstress
 * probe as it would alone.
 */
final class ForkProgram {
    /** jcstress's compile mode for a fork whose actors are all compiled alike (no split compilation). */
    private static final int UNIFIED = -1;

    private ForkProgram() {
    }

    /**
     * The flags jcstress's probes give every fork on HotSpot 17+ with 2 CPUs or more, in its order.
     * Not {@code -XX:-RestrictContended}: jcstress's probe for it fails whenever a class folder is on
     * the class path (it reads folder entries as class names), as in every grading and catch-rate
     * measurement so far, so no graded fork ever had it.
     */
    static List<String> probedFlags(Options options) {
        int heap = options.getHeapPerForkMb();
        List<String> flags = new ArrayList<>(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-UsePerfData",
                "-Xms" + heap + "M", "-Xmx" + heap + "M"));
        if (options.isPretouchHeap()) {
            flags.add("-XX:+AlwaysPreTouch");
        }
        flags.addAll(List.of("-XX:ParallelGCThreads=2", "-XX:ConcGCThreads=2", "-XX:G1ConcRefinementThreads=2",
                "-XX:CICompilerCount=2", "-XX:+DebugNonSafepoints"));
        return flags;
    }

    /**
     * Runs every fork of {@code tests} and returns what each reported (one result per test and fork),
     * or nothing if this JVM refuses the flags or jcstress's internals are not those of 0.16 (then
     * jcstress must probe the JVM itself).
     */
    static Optional<Collection<TestResult>> run(Options options, List<String> tests) throws Exception {
        List<String> configuration = new ArrayList<>();
        // As jcstress does: -jvmArgsPrepend, the host JVM's own flags (the grader's heap bound, tmpdir...), then -jvmArgs.
        configuration.addAll(options.getJvmArgsPrepend() == null ? List.of() : options.getJvmArgsPrepend());
        configuration.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        configuration.addAll(options.getJvmArgs() == null ? List.of() : options.getJvmArgs());
        if (!ProbeAnswers.tell(probedFlags(options)) || !takes(configuration)) {
            ProbeAnswers.forget();
            return Optional.empty();
        }
        OSSupport.init(); // can threads be pinned to CPUs: two short probes, as JCStress.run() makes them

        Scheduler scheduler = new Scheduler(Topology.get(), options.getCPUCount());
        Map<Integer, List<SchedulingClass>> classesByThreads = new TreeMap<>();
        List<TestConfig> program = new ArrayList<>();
        for (String test : tests) {
            TestInfo info = TestList.getInfo(test);
            List<SchedulingClass> classes = classesByThreads.computeIfAbsent(info.threads(),
                    threads -> scheduler.scheduleClasses(threads, options.getCPUCount(), options.affinityMode()));
            for (SchedulingClass shClass : classes) {
                for (int fork = 0; fork < options.getForks(); fork++) {
                    program.add(new TestConfig(options, info, fork, configuration, UNIFIED, shClass));
                }
            }
        }
        Collections.shuffle(program);

        InProcessCollector results = new InProcessCollector();
        SerializedBufferCollector sink = new SerializedBufferCollector(results);
        try {
            new TestExecutor(options.verbosity(), sink, scheduler).runAll(program);
        } finally {
            sink.close();
        }
        return Optional.of(results.getTestResults());
    }

    /** Whether a JVM starts with the told flags, this configuration and a compiler directives file, as each fork will. */
    private static boolean takes(List<String> configuration) throws Exception {
        Path directives = Files.createTempFile("jcstress", "directives");
        try {
            // The directive jcstress's own probe tries: the file must hold one (an empty list is refused).
            Files.writeString(directives, "[ { match: \"*::*\", PrintInlining: true } ]\n");
            List<String> check = new ArrayList<>(configuration);
            check.addAll(List.of("-XX:CompilerDirectivesFile=" + directives, SimpleTestMain.class.getName()));
            VMSupport.tryWith(check.toArray(String[]::new));
            return true;
        } catch (VMSupportException refused) {
            System.out.println("This JVM does not take jcstress's usual flags " + VMSupport.getJavaInvokeLine()
                    + " " + configuration + ", so jcstress will probe it: " + refused.getMessage());
            return false;
        } finally {
            Files.deleteIfExists(directives);
        }
    }

    /**
     * What jcstress's {@code VMSupport.initFlags} would have found, set where it keeps it. jcstress 0.16
     * has no option for this, hence reflection; a jcstress without these fields is simply probed.
     */
    static final class ProbeAnswers {
        private static final List<String> AVAILABLE = List.of("COMPILER_DIRECTIVES_AVAILABLE", "THREAD_SPIN_WAIT_AVAILABLE");

        private ProbeAnswers() {
        }

        /** Whether jcstress now knows the flags (unless it probed this JVM already: then its own answers stand). */
        static boolean tell(List<String> flags) {
            try {
                List<String> global = globalFlags();
                if (global.isEmpty()) {
                    global.addAll(flags);
                    for (String name : AVAILABLE) {
                        field(name).setBoolean(null, true);
                    }
                }
                return true;
            } catch (ReflectiveOperationException | RuntimeException notJcstress016) {
                System.out.println("jcstress's probe answers cannot be set (" + notJcstress016 + "), so it will probe this JVM");
                return false;
            }
        }

        /**
         * Tells jcstress how many processors this JVM may use, unless it has counted them already:
         * otherwise parsing its options keeps every processor busy for a second to count them
         * ({@code VMSupport.figureOutHotCPUs}, unconditional in 0.16). The JVM's own count honours the
         * processors the process may run on and a container's CPU quota.
         */
        static void tellProcessors() {
            try {
                Field hotCpus = field("HOT_CPUS");
                if (hotCpus.getInt(null) == -1) {
                    hotCpus.setInt(null, Runtime.getRuntime().availableProcessors());
                }
            } catch (ReflectiveOperationException | RuntimeException notJcstress016) {
                // jcstress counts them itself
            }
        }

        /** Leaves jcstress as it was before {@link #tell}, for its own probing. */
        static void forget() {
            try {
                globalFlags().clear();
                for (String name : AVAILABLE) {
                    field(name).setBoolean(null, false);
                }
            } catch (ReflectiveOperationException | RuntimeException notJcstress016) {
                // nothing was set
            }
        }

        @SuppressWarnings("unchecked")
        private static List<String> globalFlags() throws ReflectiveOperationException {
            return (List<String>) field("GLOBAL_JVM_FLAGS").get(null);
        }

        private static Field field(String name) throws NoSuchFieldException {
            Field field = VMSupport.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        }
    }
}
