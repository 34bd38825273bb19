package concurrency.q6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import concurrency.testing.BadInput;
import concurrency.testing.Concurrently;
import concurrency.testing.Concurrently.Started;
import concurrency.testing.NoLeakedThreads;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q6")
@DisplayName("Q6 SafeExecution")
@ExtendWith(NoLeakedThreads.class)
class SafeExecutionTest {
    /** Time a pool thread gets to end after runAll returned; a thread that was never shut down outlives it. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    /**
     * Waits, inside a task, for a latch until {@code deadline} (a System.nanoTime, shared by all tasks of a
     * test so that tasks run one after another time out together); a latch that never opens means the
     * tasks did not run side by side.
     */
    private static void awaitOrFail(CountDownLatch latch, long deadline, String what) throws InterruptedException, TimeoutException {
        if (!latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("waited " + Concurrently.HANG.toSeconds() + " s for " + what);
        }
    }

    private static long hangDeadline() {
        return System.nanoTime() + Concurrently.HANG.toNanos();
    }

    /** Fails unless every thread in {@code threads} has ended within the grace period. */
    private static void assertAllEnd(Iterable<Thread> threads, String what) throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            assertThat(thread.isAlive()).as("%s: thread '%s' still runs (%s). Shut the pool down in a finally block,"
                    + " so that it is shut down on every path, also when runAll throws", what, thread.getName(), thread.getState())
                    .isFalse();
        }
    }

    /** Waits until {@code latch} opens; if {@code caller} ends first, fails with what it returned or threw. */
    private static void awaitWhileRunning(CountDownLatch latch, Started<?> caller, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Concurrently.HANG.toNanos();
        while (!latch.await(10, TimeUnit.MILLISECONDS)) {
            if (caller.future().isDone()) {
                Object returned = Concurrently.await(caller.future(), Concurrently.HANG, caller.thread().getName());
                fail(caller.thread().getName() + " returned " + returned + " before " + what);
            }
            assertThat(System.nanoTime()).as("waited %d s for %s", Concurrently.HANG.toSeconds(), what).isLessThan(deadline);
        }
    }

    @Nested
    @DisplayName("Q6 SafeExecution.runAll")
    class RunAll {
        @Test
        @DisplayName("gives one Success per task, in task order, although the tasks finish in reverse order")
        void runAllKeepsTaskOrder() throws InterruptedException {
            int n = 4;
            List<CountDownLatch> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                done.add(new CountDownLatch(1));
            }
            long deadline = hangDeadline();
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                tasks.add(() -> {
                    if (index + 1 < n) {
                        awaitOrFail(done.get(index + 1), deadline, "task " + (index + 1) + " to finish first");
                    }
                    done.get(index).countDown();
                    return "result " + index;
                });
            }

            List<Outcome<String>> outcomes = SafeExecution.runAll(tasks, n);

            assertThat(outcomes).as("runAll(4 tasks, 4 threads): task 3 finishes first, task 0 last; the outcomes must still"
                            + " follow the order of the task list (keep the Futures in a list and read them in order)")
                    .containsExactly(new Outcome.Success<>("result 0"), new Outcome.Success<>("result 1"),
                            new Outcome.Success<>("result 2"), new Outcome.Success<>("result 3"));
        }

        @Test
        @DisplayName("runs the tasks side by side on `threads` pool threads, none of them the caller, which end once it returns")
        void runAllRunsOnThePool() throws InterruptedException {
            int threads = 3;
            CountDownLatch allStarted = new CountDownLatch(threads);
            long deadline = hangDeadline();
            Callable<Thread> meetTheOthers = () -> {
                allStarted.countDown();
                awaitOrFail(allStarted, deadline, "all " + threads + " tasks to be running at once");
                return Thread.currentThread();
            };

            List<Outcome<Thread>> outcomes = SafeExecution.runAll(List.of(meetTheOthers, meetTheOthers, meetTheOthers), threads);

            assertThat(outcomes).as("runAll(3 tasks, 3 threads) whose tasks wait until all three run at once:"
                            + " each must succeed, which needs a pool of `threads` threads running them concurrently")
                    .hasSize(threads).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Success.class));
            List<Thread> used = outcomes.stream().map(o -> ((Outcome.Success<Thread>) o).value()).toList();
            assertThat(Set.copyOf(used)).as("the threads that ran the 3 tasks: three distinct pool threads").hasSize(threads)
                    .doesNotContain(Thread.currentThread());
            assertAllEnd(used, "after runAll returned");
        }

        @Test
        @DisplayName("keeps every failure, each with the task's own exception, and still runs every other task")
        void runAllKeepsEveryFailure() throws InterruptedException {
            IllegalStateException unchecked = new IllegalStateException("task 1 fails");
            IOException checked = new IOException("task 3 fails");
            Error error = new Error("task 5 fails");
            CountDownLatch firstFailureThrown = new CountDownLatch(1);
            AtomicInteger finished = new AtomicInteger();
            long deadline = hangDeadline();
            Callable<String> afterTheFailure = () -> {
                // Goes on only after task 1 has failed: a failure must not cancel the tasks that follow it.
                awaitOrFail(firstFailureThrown, deadline, "task 1 to fail");
                finished.incrementAndGet();
                return "ok";
            };
            List<Callable<String>> tasks = List.of(
                    () -> "first",
                    () -> {
                        firstFailureThrown.countDown();
                        throw unchecked;
                    },
                    afterTheFailure,
                    () -> {
                        throw checked;
                    },
                    () -> null,
                    () -> {
                        throw error;
                    },
                    afterTheFailure);

            List<Outcome<String>> outcomes = SafeExecution.runAll(tasks, 2);

            assertThat(outcomes).as("runAll of [ok, throws IllegalStateException, ok, throws IOException, returns null,"
                            + " throws Error, ok] on 2 threads: one Outcome per task, in order; a Failure holds the very"
                            + " exception the task threw (unwrap the ExecutionException with getCause()), and a failure"
                            + " neither stops nor cancels the other tasks")
                    .containsExactly(new Outcome.Success<>("first"), new Outcome.Failure<>(unchecked), new Outcome.Success<>("ok"),
                            new Outcome.Failure<>(checked), new Outcome.Success<>(null), new Outcome.Failure<>(error),
                            new Outcome.Success<>("ok"));
            assertThat(((Outcome.Failure<String>) outcomes.get(1)).error()).as("the Failure of task 1 holds the same object it threw")
                    .isSameAs(unchecked);
            assertThat(finished).as("tasks that ran to the end after task 1 failed").hasValue(2);
        }

        @Test
        @DisplayName("shuts its pool down also when the caller is interrupted while it waits")
        void runAllShutsDownWhenInterrupted() throws InterruptedException {
            CountDownLatch taskStarted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<Thread> poolThread = new AtomicReference<>();
            Callable<String> slow = () -> {
                poolThread.set(Thread.currentThread());
                taskStarted.countDown();
                try {
                    release.await(Concurrently.HANG.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                return "late";
            };
            Started<List<Outcome<String>>> caller = Concurrently.start("runAll-caller", () -> SafeExecution.runAll(List.of(slow), 1));
            Throwable thrown;
            try {
                awaitWhileRunning(taskStarted, caller, "the task to start");
                Concurrently.awaitParked(caller.thread(), "runAll, waiting for its task");
                caller.thread().interrupt();
                thrown = catchThrowable(() -> caller.future().get(Concurrently.HANG.toMillis(), TimeUnit.MILLISECONDS));
            } finally {
                release.countDown();
            }

            assertThat(thrown).as("runAll, interrupted while it waits for its tasks, must throw InterruptedException")
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(InterruptedException.class);
            assertAllEnd(List.of(poolThread.get()), "after runAll was interrupted and its task finished");
        }

        @Test
        @DisplayName("returns an empty list for no tasks")
        void runAllOfNoTasksIsEmpty() throws InterruptedException {
            assertThat(SafeExecution.<String>runAll(List.of(), 2)).as("runAll(no tasks, 2)").isEmpty();
        }

        @Test
        @DisplayName("rejects a null task list, a null task and fewer than one thread, naming the argument")
        void runAllRejectsBadInput() {
            List<Callable<String>> withNull = new ArrayList<>();
            withNull.add(() -> "a");
            withNull.add(null);
            BadInput.checkAll(bad -> {
                bad.rejectsNull("runAll(null, 2)", () -> SafeExecution.runAll(null, 2), "tasks");
                bad.rejectsNull("runAll([task, null], 2)", () -> SafeExecution.runAll(withNull, 2), "tasks");
                bad.rejects("runAll([task], 0)", () -> SafeExecution.runAll(List.of(() -> "a"), 0), IllegalArgumentException.class, "threads");
            });
        }
    }

    @Nested
    @DisplayName("Q6 SafeExecution.retry")
    class Retry {
        /** A task that fails with the given exceptions, one per call, then returns "done"; it records when it was called. */
        private static final class Flaky implements Callable<String> {
            private final List<Exception> failures;
            final List<Long> calledAt = new ArrayList<>();

            Flaky(Exception... failures) {
                this.failures = List.of(failures);
            }

            @Override
            public synchronized String call() throws Exception {
                calledAt.add(System.nanoTime());
                if (calledAt.size() <= failures.size()) {
                    throw failures.get(calledAt.size() - 1);
                }
                return "done";
            }

            synchronized int calls() {
                return calledAt.size();
            }
        }

        @Test
        @DisplayName("calls exactly `attempts` times, then throws the last failure with the earlier ones as suppressed, oldest first")
        void retryThrowsTheLastFailureWithTheOthersSuppressed() {
            IOException first = new IOException("call 1");
            IllegalStateException second = new IllegalStateException("call 2");
            TimeoutException third = new TimeoutException("call 3");
            Flaky alwaysFails = new Flaky(first, second, third, new IOException("call 4: one call too many"));

            Throwable thrown = catchThrowable(() -> SafeExecution.retry(alwaysFails, 3, Duration.ZERO));

            assertThat(alwaysFails.calls()).as("calls of a task that always fails, by retry(task, attempts = 3, no backoff), which threw %s", thrown)
                    .isEqualTo(3);
            assertThat(thrown).as("retry must throw the exception of the last call itself (not a wrapper)").isSameAs(third);
            assertThat(thrown.getSuppressed()).as("the failures of the earlier calls, attached to the last one with addSuppressed, oldest first")
                    .containsExactly(first, second);
        }

        @Test
        @DisplayName("returns the first success and does not call the task again")
        void retryReturnsTheFirstSuccess() throws Exception {
            Flaky failsTwice = new Flaky(new IOException("call 1"), new IOException("call 2"));
            assertThat(SafeExecution.retry(failsTwice, 5, Duration.ZERO)).as("retry(fails twice then \"done\", 5 attempts)").isEqualTo("done");
            assertThat(failsTwice.calls()).as("calls: two failures, then the success; no call after it").isEqualTo(3);

            Flaky succeeds = new Flaky();
            assertThat(SafeExecution.retry(succeeds, 1, Duration.ofDays(1))).as("retry(succeeds at once, 1 attempt)").isEqualTo("done");
            assertThat(succeeds.calls()).as("calls of a task that succeeds at once").isEqualTo(1);

            Flaky failsOnce = new Flaky(new IOException("call 1"));
            assertThat(SafeExecution.retry(failsOnce, 2, Duration.ZERO)).as("retry(fails once then \"done\", 2 attempts: the last one succeeds)")
                    .isEqualTo("done");
            assertThat(failsOnce.calls()).as("calls of a task that fails once, with 2 attempts").isEqualTo(2);
        }

        @Test
        @DisplayName("waits at least `backoff` after each failed call before calling again")
        void retryWaitsBetweenFailures() throws Exception {
            Duration backoff = Duration.ofMillis(150);
            Flaky failsTwice = new Flaky(new IOException("call 1"), new IOException("call 2"));

            assertThat(SafeExecution.retry(failsTwice, 3, backoff)).as("retry(fails twice then \"done\", 3 attempts, 150 ms)").isEqualTo("done");

            assertThat(failsTwice.calls()).as("calls").isEqualTo(3);
            for (int i = 1; i < failsTwice.calledAt.size(); i++) {
                long gapNanos = failsTwice.calledAt.get(i) - failsTwice.calledAt.get(i - 1);
                assertThat(gapNanos).as("time between call %d and call %d, in ns: retry must sleep for the backoff (%d ms) after"
                                + " a failure before it calls again, so that a transient problem has time to clear", i, i + 1, backoff.toMillis())
                        .isGreaterThanOrEqualTo(backoff.toNanos());
            }
        }

        @Test
        @DisplayName("rejects a null task, fewer than one attempt and a null or negative backoff, naming the argument, without calling the task")
        void retryRejectsBadInput() {
            Flaky task = new Flaky();
            BadInput.checkAll(bad -> {
                bad.rejectsNull("retry(null, 3, 0)", () -> SafeExecution.retry(null, 3, Duration.ZERO), "task");
                bad.rejects("retry(task, 0, 0)", () -> SafeExecution.retry(task, 0, Duration.ZERO), IllegalArgumentException.class, "attempts");
                bad.rejects("retry(task, 3, -1 ms)", () -> SafeExecution.retry(task, 3, Duration.ofMillis(-1)),
                        IllegalArgumentException.class, "backoff");
                bad.rejectsNull("retry(task, 3, null)", () -> SafeExecution.retry(task, 3, null), "backoff");
                bad.check(() -> assertThat(task.calls()).as("calls of the task when an argument is bad").isZero());
            });
        }
    }

    @Nested
    @DisplayName("Q6 SafeExecution.uncaughtOf")
    class UncaughtOf {
        @Test
        @DisplayName("returns exactly what the body died of, caught by a handler on a new thread")
        void uncaughtOfReturnsWhatTheThreadDiedOf() throws InterruptedException {
            IllegalStateException boom = new IllegalStateException("boom");
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            AtomicBoolean handlerSet = new AtomicBoolean();

            Optional<Throwable> diedOf = SafeExecution.uncaughtOf(() -> {
                Thread self = Thread.currentThread();
                ranOn.set(self);
                // Without a handler of its own, a thread reports to its ThreadGroup (which prints the stack trace).
                handlerSet.set(self.getUncaughtExceptionHandler().getClass() != ThreadGroup.class);
                throw boom;
            });

            assertThat(ranOn.get()).as("the thread the body ran on: a new thread, not the caller").isNotNull()
                    .isNotSameAs(Thread.currentThread());
            assertThat(handlerSet).as("the body's thread has an UncaughtExceptionHandler of its own"
                    + " (Thread.setUncaughtExceptionHandler), which is what must catch the exception").isTrue();
            assertThat(diedOf).as("what uncaughtOf returned for a body that throws IllegalStateException(\"boom\"):"
                    + " the very object thrown").containsSame(boom);
            assertThat(ranOn.get().isAlive()).as("the body's thread once uncaughtOf has returned: join it").isFalse();

            Error error = new Error("fatal");
            assertThat(SafeExecution.uncaughtOf(() -> {
                throw error;
            })).as("what uncaughtOf returned for a body that throws an Error").containsSame(error);
        }

        @Test
        @DisplayName("returns empty when the body finishes normally")
        void uncaughtOfIsEmptyForANormalFinish() throws InterruptedException {
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            Optional<Throwable> diedOf = SafeExecution.uncaughtOf(() -> ranOn.set(Thread.currentThread()));

            assertThat(ranOn.get()).as("the thread the body ran on: a new thread, not the caller").isNotNull()
                    .isNotSameAs(Thread.currentThread());
            assertThat(diedOf).as("what uncaughtOf returned for a body that finishes normally").isEmpty();
            assertThat(SafeExecution.uncaughtOf(() -> {
                try {
                    throw new IllegalStateException("caught by the body itself");
                } catch (IllegalStateException handled) {
                    // nothing escapes the thread
                }
            })).as("what uncaughtOf returned for a body that catches its own exception").isEmpty();
        }

        @Test
        @DisplayName("rejects a null body, naming it")
        void uncaughtOfRejectsNull() {
            BadInput.checkAll(bad -> bad.rejectsNull("uncaughtOf(null)", () -> SafeExecution.uncaughtOf(null), "body"));
        }

        @Test
        @DisplayName("waits for the body's thread to end before it returns")
        void uncaughtOfWaitsForTheThread() throws InterruptedException {
            IllegalStateException late = new IllegalStateException("thrown after the test let it go");
            CountDownLatch bodyStarted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Started<Optional<Throwable>> caller = Concurrently.start("uncaughtOf-caller", () -> SafeExecution.uncaughtOf(() -> {
                bodyStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted", e);
                }
                throw late;
            }));
            try {
                awaitWhileRunning(bodyStarted, caller, "the body to start");
                Concurrently.awaitParked(caller.thread(), "uncaughtOf, while its body is still running (join the thread)");
            } finally {
                release.countDown();
            }

            assertThat(Concurrently.await(caller.future(), Concurrently.HANG, "uncaughtOf"))
                    .as("what uncaughtOf returned for a body that throws once the test releases it").containsSame(late);
        }
    }

    @Nested
    @DisplayName("Q6 SafeExecution.withLock")
    class WithLock {
        @Test
        @DisplayName("calls the body while holding the lock, returns its value and releases the lock")
        void withLockHoldsTheLock() throws Exception {
            ReentrantLock lock = new ReentrantLock();
            AtomicBoolean heldInside = new AtomicBoolean();

            String value = SafeExecution.withLock(lock, () -> {
                heldInside.set(lock.isHeldByCurrentThread());
                return "value";
            });

            assertThat(heldInside).as("the body runs while its thread holds the lock (lock() before calling it)").isTrue();
            assertThat(value).as("what withLock returned: the body's value").isEqualTo("value");
            assertThat(lock.isLocked()).as("the lock once withLock has returned: released").isFalse();
        }

        @Test
        @DisplayName("releases the lock when the body throws, and the same exception reaches the caller, checked ones too")
        void withLockReleasesOnException() throws Exception {
            ReentrantLock lock = new ReentrantLock();
            List<Exception> thrownByBodies = List.of(new IOException("checked"), new IllegalStateException("unchecked"));
            for (Exception fromBody : thrownByBodies) {
                Throwable thrown = catchThrowable(() -> SafeExecution.withLock(lock, () -> {
                    throw fromBody;
                }));

                assertThat(thrown).as("what withLock threw when the body threw %s: the same object, not wrapped", fromBody)
                        .isSameAs(fromBody);
                Started<Boolean> other = Concurrently.start("other-thread", () -> {
                    boolean got = lock.tryLock();
                    if (got) {
                        lock.unlock();
                    }
                    return got;
                });
                assertThat(Concurrently.await(other.future(), Concurrently.HANG, "tryLock on another thread"))
                        .as("another thread's tryLock() after the body threw %s: the lock must be free, released in a finally"
                                + " block; a lock left held blocks every other thread for ever", fromBody)
                        .isTrue();
            }
            Error error = new Error("fatal");
            assertThat(catchThrowable(() -> SafeExecution.withLock(lock, () -> {
                throw error;
            }))).as("what withLock threw when the body threw an Error").isSameAs(error);
            assertThat(lock.isLocked()).as("the lock after the body threw an Error").isFalse();
        }

        /** A lock that counts how often it was taken. */
        private static final class CountingLock extends ReentrantLock {
            final AtomicInteger taken = new AtomicInteger();

            @Override
            public void lock() {
                taken.incrementAndGet();
                super.lock();
            }

            @Override
            public void lockInterruptibly() throws InterruptedException {
                taken.incrementAndGet();
                super.lockInterruptibly();
            }

            @Override
            public boolean tryLock() {
                taken.incrementAndGet();
                return super.tryLock();
            }

            @Override
            public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
                taken.incrementAndGet();
                return super.tryLock(timeout, unit);
            }
        }

        @Test
        @DisplayName("rejects a null lock or body, naming it, before it takes the lock")
        void withLockRejectsBadInput() {
            CountingLock lock = new CountingLock();
            BadInput.checkAll(bad -> {
                bad.rejectsNull("withLock(null, body)", () -> SafeExecution.withLock(null, () -> "x"), "lock");
                bad.rejectsNull("withLock(lock, null)", () -> SafeExecution.withLock(lock, null), "critical");
                bad.check(() -> assertThat(lock.taken).as("times withLock(lock, null) took the lock: check the arguments before taking it")
                        .hasValue(0));
                bad.check(() -> assertThat(lock.isLocked()).as("the lock after withLock(lock, null) failed").isFalse());
            });
        }
    }
}
