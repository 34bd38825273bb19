package concurrency.q3;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.BadInput;
import concurrency.testing.NoLeakedProcesses;
import concurrency.testing.NoLeakedThreads;
import concurrency.testing.ProcessWatch;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q3")
@DisplayName("Q3 Spawner")
@ExtendWith({NoLeakedThreads.class, NoLeakedProcesses.class})
class SpawnerTest {
    /** A timeout for children that end by themselves in well under a second: only a hang reaches it. */
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    /** How long a killed process may take to disappear. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private static List<ChildResult> greetAll(int n, ProcessWatch watch) throws InterruptedException {
        try {
            return Spawner.greetAll(n);
        } finally {
            watch.close();
        }
    }

    @Test
    @DisplayName("greetAll(4): child i greets as \"Process i\" with its own pid, exits with 0, in order")
    void greetAllGreetsInOrder() throws InterruptedException {
        List<ChildResult> results = greetAll(4, ProcessWatch.start());

        assertThat(results).as("greetAll(4) returns one result per child").hasSize(4);
        long self = ProcessHandle.current().pid();
        Set<Long> pids = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            ChildResult result = results.get(i);
            assertThat(result.exitStatus()).as("exit status of child %d (stderr: %s)", i, result.stderr()).isZero();
            assertThat(result.stdout().strip()).as("what child %d printed: it runs Greeter with the name \"Process %d\" "
                    + "and must report the pid of the child process (Process.pid())", i, i)
                    .isEqualTo("Hello, Process " + i + " from process " + result.pid());
            assertThat(result.stderr()).as("stderr of child %d", i).isBlank();
            pids.add(result.pid());
        }
        assertThat(pids).as("pids of the children: each child is a process of its own, not this test's JVM (pid %d)", self)
                .hasSize(4).doesNotContain(self);
    }

    @Test
    @DisplayName("greetAll(0) returns an empty list")
    void greetAllOfNoneIsEmpty() {
        assertThat(Spawner.greetAll(0)).as("greetAll(0)").isEmpty();
    }

    @Test
    @DisplayName("greetAll starts the children as JVMs, all at once: they run at the same time, not one after another")
    void greetAllRunsChildrenTogether() throws InterruptedException {
        // Greeter's behaviour is fixed (greet and exit), so the test cannot hold a child open to prove
        // the overlap, and start instants (ProcessHandle.Info) cannot be read once greetAll has returned:
        // the children are gone. So a thread lists this JVM's live descendants every millisecond while
        // greetAll runs. Children started one after another (start, waitFor, next) are never alive
        // together, so no sample holds two of them and this test fails for certain. Children started all
        // at once each spend tens of milliseconds at least starting a JVM, while starting the next one
        // costs a fork: their lives overlap for far longer than a sampling round, and with five of them
        // a sample that sees at least two together is certain in practice.
        ProcessWatch watch = ProcessWatch.start();
        List<ChildResult> results = greetAll(5, watch);

        assertThat(results).as("greetAll(5) returns one result per child").hasSize(5);
        List<Long> pids = results.stream().map(ChildResult::pid).toList();
        assertThat(watch.mostAliveAtOnce(pids))
                .as("children of greetAll(5) seen alive at the same moment: start all of them first, "
                        + "and only then wait for each (Process.waitFor)")
                .isGreaterThanOrEqualTo(2);
        // Any one of the five seen as a JVM will do: on a loaded machine the sampler can miss a child's
        // whole short life, or see it only while it is still a helper process about to become java.
        assertThat(watch.seenJvms()).as("the children must be JVMs started by this process (ProcessBuilder running java)")
                .containsAnyElementsOf(pids);
    }

    @Test
    @DisplayName("run starts mainClass in a child JVM with the given arguments and reports its pid, exit status and output")
    void runReportsStatusAndOutput() {
        ChildResult greeted = Spawner.run(Greeter.class, GENEROUS, "Ada");
        assertThat(greeted.exitStatus()).as("exit status of Greeter Ada (stderr: %s)", greeted.stderr()).isZero();
        assertThat(greeted.pid()).as("the pid of the child, not of this test's JVM").isNotEqualTo(ProcessHandle.current().pid());
        assertThat(greeted.stdout().strip()).as("stdout of run(Greeter.class, 20 s, \"Ada\")")
                .isEqualTo("Hello, Ada from process " + greeted.pid());

        ChildResult echoed = Spawner.run(Echo.class, GENEROUS, "7", "two words", "");
        assertThat(echoed.exitStatus()).as("Echo exits with its first argument as its status; report it unchanged").isEqualTo(7);
        assertThat(echoed.stdout().lines().toList()).as("Echo prints each argument on a line: pass every argument as it is, "
                + "spaces and empty ones included").containsExactly("7", "two words", "");
    }

    @Test
    @DisplayName("run: a child that throws ends with a non-zero status and its stack trace in stderr")
    void runReportsAChildThatThrows() {
        ChildResult result = Spawner.run(Thrower.class, GENEROUS);

        assertThat(result.exitStatus()).as("exit status of a child whose main threw").isNotZero();
        assertThat(result.stderr()).as("stderr of a child whose main threw: read the child's error stream")
                .contains("IllegalStateException: boom from a child").contains("at concurrency.q3.Thrower.main");
    }

    @Test
    @DisplayName("run drains stdout and stderr while the child runs: megabytes on both do not deadlock")
    void runDrainsBothStreams() {
        ChildResult result = Spawner.run(Chatty.class, GENEROUS);

        String hint = "the child printed 2 MB on each stream, far more than a pipe holds: read stdout and stderr "
                + "at the same time, while the child runs (a thread per stream, or redirect them to files)";
        assertThat(result.exitStatus()).as("exit status (a non-zero one means the child was stopped at the 20 s timeout: "
                + "it got stuck writing): " + hint).isZero();
        long expected = (long) Chatty.LINES * (Chatty.LINE.length() + System.lineSeparator().length());
        assertThat((long) result.stdout().length()).as("characters on stdout: " + hint).isEqualTo(expected);
        assertThat((long) result.stderr().length()).as("characters on stderr: " + hint).isEqualTo(expected);
    }

    @Test
    @DisplayName("run kills a child that overruns the timeout, with the process it started, and reports a non-zero status")
    void runKillsAnOverrunningChildAndItsDescendants() {
        Duration timeout = Duration.ofSeconds(6);
        long start = System.nanoTime();
        ChildResult result = Spawner.run(Hanger.class, timeout);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Optional<Long> grandchild = result.stdout().lines().filter(line -> line.startsWith(Hanger.PREFIX))
                .map(line -> Long.valueOf(line.substring(Hanger.PREFIX.length()).strip())).findFirst();
        try {
            assertThat(elapsed).as("the child never ends by itself: run must wait the whole timeout (6 s) before it kills it")
                    .isGreaterThanOrEqualTo(timeout);
            assertThat(result.exitStatus()).as("exit status of a child killed at the timeout").isNotZero();
            assertThat(grandchild).as("the child prints \"grandchild <pid>\" once it has started a process of its own; "
                    + "its stdout was: %s", result.stdout()).isPresent();
            assertThat(endsWithin(result.pid(), GRACE)).as("the child (pid %d) must be dead once run returns", result.pid()).isTrue();
            assertThat(endsWithin(grandchild.get(), GRACE))
                    .as("the process the child started (pid %d) must be killed too: killing a process does not kill its "
                            + "children, so kill its descendants (ProcessHandle.descendants) as well, before the child", grandchild.get())
                    .isTrue();
        } finally {
            grandchild.flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @DisplayName("greetAll and run reject bad arguments, naming them")
    void rejectsBadInput() {
        BadInput.checkAll(bad -> {
            bad.rejects("greetAll(-1)", () -> Spawner.greetAll(-1), IllegalArgumentException.class, "n");
            bad.rejects("run(null, 20 s)", () -> Spawner.run(null, GENEROUS), NullPointerException.class, "mainClass");
            bad.rejects("run(Greeter.class, null, \"Ada\")", () -> Spawner.run(Greeter.class, null, "Ada"),
                    NullPointerException.class, "timeout");
            bad.rejects("run(Greeter.class, 0 s, \"Ada\")", () -> Spawner.run(Greeter.class, Duration.ZERO, "Ada"),
                    IllegalArgumentException.class, "timeout");
            bad.rejects("run(Greeter.class, 20 s, null)", () -> Spawner.run(Greeter.class, GENEROUS, (String[]) null),
                    NullPointerException.class, "args");
        });
    }

    /** True once the process is gone, false if it is still running after {@code limit}. */
    private static boolean endsWithin(long pid, Duration limit) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
