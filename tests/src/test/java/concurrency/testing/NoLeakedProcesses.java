package concurrency.testing;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves child processes running: every process a solution starts must have
 * exited (or been stopped and waited for) by the time the method under test returns. The
 * leftovers are killed, with their own children, so one leaky test cannot disturb the next.
 */
public final class NoLeakedProcesses implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoLeakedProcesses.class);
    /** Time a child that was told to stop gets to exit; a leaked one outlives it by far. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", ProcessWatch.livingDescendants().stream().map(ProcessHandle::pid).collect(Collectors.toSet()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        Set<Long> before = context.getStore(NS).get("before", Set.class);
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<ProcessHandle> leaked;
        do {
            leaked = ProcessWatch.livingDescendants().stream()
                    .filter(process -> !before.contains(process.pid()))
                    .collect(Collectors.toList());
            if (leaked.isEmpty()) {
                return;
            }
            awaitExit(leaked.get(0), Duration.ofMillis(100));
        } while (System.nanoTime() < deadline);

        String described = leaked.stream().map(NoLeakedProcesses::describe).collect(Collectors.joining(", "));
        leaked.forEach(ProcessHandle::destroyForcibly);
        fail("Processes started by your code were still running after it returned: " + described
                + ". Wait for every child process you start (Process.waitFor), and stop the ones you no longer need"
                + " (close your pool, destroy a child that overran) before returning.");
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // checked again by the caller
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(ProcessHandle process) {
        String command = process.info().commandLine().or(() -> process.info().command()).orElse("?");
        if (command.length() > 160) {
            command = command.substring(0, 160) + "...";
        }
        return "pid " + process.pid() + " (" + command + ")";
    }
}
