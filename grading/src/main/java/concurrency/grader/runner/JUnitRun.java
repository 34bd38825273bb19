package concurrency.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the correctness tests of one question from the tests jar only. The launcher is built by
 * hand: no engine, listener, extension or configuration file is picked up from the class path,
 * so resources of a submission cannot change what runs or how it is reported.
 */
final class JUnitRun {
    /** The tag of a hidden test: the tests module's {@code concurrency.testing.Hidden} puts it on a class. */
    static final String HIDDEN = "hidden";

    private final Channel channel;

    JUnitRun(Channel channel) {
        this.channel = channel;
    }

    /**
     * The tests of one question: those of its package ({@code concurrency.qN}) that carry its tag. The
     * name filter keeps JUnit from even loading the other questions' test classes, which need classes
     * this run may not have: graded without a reference ({@code --reference none}, the grade preview),
     * only what the question's own code uses is compiled.
     */
    void run(String question, Path testsJar) {
        run(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testsJar)))
                .filters(ClassNameFilter.includeClassNamePatterns("concurrency\\." + question + "\\..*"), TagFilter.includeTags(question)));
    }

    /** Runs what {@code selection} selects; one check per test method, however many times it is invoked. */
    void run(LauncherDiscoveryRequestBuilder selection) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .build());
        LauncherDiscoveryRequest request = selection
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .configurationParameter("junit.jupiter.execution.timeout.default", "30 s")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        TestPlan plan = launcher.discover(request);
        List<Check> checks = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier test : plan.getDescendants(root)) {
                if (isCheck(test)) {
                    checks.add(new Check(test.getUniqueId(), displayName(plan, test), isHidden(test)));
                    planned.add(test.getUniqueId());
                }
            }
        }
        channel.plan(checks);
        launcher.execute(plan, new Reporter(plan, planned));
    }

    /**
     * A check is a test method: a plain test, or the container of a parameterized, repeated or
     * factory method, whose invocations only appear while it runs and are scored together.
     */
    private static boolean isCheck(TestIdentifier id) {
        return id.isTest() || id.isContainer() && id.getSource().filter(MethodSource.class::isInstance).isPresent();
    }

    /** A test tagged {@value #HIDDEN} itself or through its class (the tests' {@code @Hidden}). */
    private static boolean isHidden(TestIdentifier test) {
        return test.getTags().stream().anyMatch(tag -> tag.getName().equals(HIDDEN));
    }

    private static String displayName(TestPlan plan, TestIdentifier test) {
        return plan.getParent(test).filter(p -> p.getSource().isPresent())
                .map(p -> p.getDisplayName() + ": ").orElse("") + test.getDisplayName();
    }

    /**
     * Sends one result per check. A failed container fails every check under it that has not run;
     * a method with invocations passes only if it and every invocation passed.
     */
    private final class Reporter implements TestExecutionListener {
        private static final int SHOWN_INVOCATIONS = 3;

        private final TestPlan plan;
        private final Set<String> planned;
        private final Set<String> reported = ConcurrentHashMap.newKeySet();
        private final Map<String, List<String>> failedInvocations = new ConcurrentHashMap<>();

        Reporter(TestPlan plan, Set<String> planned) {
            this.plan = plan;
            this.planned = planned;
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            for (TestIdentifier check : checksAtOrUnder(id)) {
                report(check, false, "Skipped: " + reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            if (!planned.contains(id.getUniqueId())) {
                if (!passed && id.isTest()) {
                    plannedAncestor(id).ifPresent(check -> failedInvocations
                            .computeIfAbsent(check.getUniqueId(), k -> new ArrayList<>())
                            .add("[" + id.getDisplayName() + "] " + Failures.explain(result)));
                }
                if (!passed && id.isContainer()) {
                    Optional<TestIdentifier> check = plannedAncestor(id);
                    if (check.isPresent()) {
                        failedInvocations.computeIfAbsent(check.get().getUniqueId(), k -> new ArrayList<>())
                                .add("[" + id.getDisplayName() + "] " + Failures.explain(result));
                    } else {
                        failChecksUnder(id, result);
                    }
                }
                return;
            }
            List<String> invocations = failedInvocations.getOrDefault(id.getUniqueId(), List.of());
            if (!passed && invocations.isEmpty()) {
                report(id, false, Failures.explain(result));
                failChecksUnder(id, result);
            } else if (!invocations.isEmpty()) {
                report(id, false, summary(invocations));
            } else {
                report(id, true, "");
            }
        }

        private void failChecksUnder(TestIdentifier id, TestExecutionResult result) {
            for (TestIdentifier check : checksAtOrUnder(id)) {
                report(check, false, "Could not run: " + Failures.explain(result));
            }
        }

        private String summary(List<String> invocations) {
            StringBuilder out = new StringBuilder(invocations.size() == 1 ? "1 case failed:"
                    : invocations.size() + " cases failed; the first " + Math.min(SHOWN_INVOCATIONS, invocations.size()) + ":");
            invocations.stream().limit(SHOWN_INVOCATIONS).forEach(i -> out.append('\n').append(i));
            return out.toString();
        }

        private Optional<TestIdentifier> plannedAncestor(TestIdentifier id) {
            Optional<TestIdentifier> parent = plan.getParent(id);
            while (parent.isPresent() && !planned.contains(parent.get().getUniqueId())) {
                parent = plan.getParent(parent.get());
            }
            return parent;
        }

        private List<TestIdentifier> checksAtOrUnder(TestIdentifier id) {
            List<TestIdentifier> checks = new ArrayList<>();
            if (planned.contains(id.getUniqueId())) {
                checks.add(id);
            }
            for (TestIdentifier d : new HashSet<>(plan.getDescendants(id))) {
                if (planned.contains(d.getUniqueId())) {
                    checks.add(d);
                }
            }
            return checks;
        }

        private void report(TestIdentifier check, boolean passed, String output) {
            if (reported.add(check.getUniqueId())) {
                channel.result(new CheckResult(check.getUniqueId(), passed, output));
            }
        }
    }
}
