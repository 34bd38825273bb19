package concurrency.grader.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
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
    private final Channel channel;

    JUnitRun(Channel channel) {
        this.channel = channel;
    }

    void run(String question, Path testsJar) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .build());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testsJar)))
                .filters(TagFilter.includeTags(question))
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .configurationParameter("junit.jupiter.execution.timeout.default", "30 s")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
        TestPlan plan = launcher.discover(request);
        List<Check> checks = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier test : plan.getDescendants(root)) {
                if (test.isTest()) {
                    checks.add(new Check(test.getUniqueId(), displayName(plan, test)));
                }
            }
        }
        channel.plan(checks);
        launcher.execute(plan, new Reporter(plan));
    }

    private static String displayName(TestPlan plan, TestIdentifier test) {
        return plan.getParent(test).filter(p -> p.getSource().isPresent())
                .map(p -> p.getDisplayName() + ": ").orElse("") + test.getDisplayName();
    }

    /** Sends one result per test; a failed container fails every test under it that has not run. */
    private final class Reporter implements TestExecutionListener {
        private final TestPlan plan;
        private final Set<String> reported = ConcurrentHashMap.newKeySet();

        Reporter(TestPlan plan) {
            this.plan = plan;
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            for (TestIdentifier test : testsUnder(id)) {
                report(test, false, "Skipped: " + reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
                report(id, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL, Failures.explain(result));
            } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                for (TestIdentifier test : testsUnder(id)) {
                    report(test, false, "Could not run: " + Failures.explain(result));
                }
            }
        }

        private List<TestIdentifier> testsUnder(TestIdentifier id) {
            List<TestIdentifier> tests = new ArrayList<>();
            if (id.isTest()) {
                tests.add(id);
            }
            for (TestIdentifier d : new HashSet<>(plan.getDescendants(id))) {
                if (d.isTest()) {
                    tests.add(d);
                }
            }
            return tests;
        }

        private void report(TestIdentifier test, boolean passed, String output) {
            if (reported.add(test.getUniqueId())) {
                channel.result(new Outcome(test.getUniqueId(), passed, output));
            }
        }
    }
}
