package concurrency.testing;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/** Starts threads together and waits for them with generous bounds that only detect hangs. */
public final class Concurrently {
    /** Far above what correct code needs on a loaded 2-core machine; only a hang reaches it. */
    public static final Duration HANG = Duration.ofSeconds(10);

    private Concurrently() {
    }

    /**
     * Runs {@code threads} tasks on their own threads, released at the same instant by a latch, and
     * returns their results in thread order. A task that throws fails the test with its exception.
     */
    public static <T> List<T> runTogether(int threads, IntFunction<Callable<T>> taskForThread) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<T>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<T> task = taskForThread.apply(i);
            FutureTask<T> future = new FutureTask<>(() -> {
                ready.countDown();
                go.await();
                return task.call();
            });
            tasks.add(future);
            Thread thread = new Thread(future, "test-worker-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        ready.await();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (FutureTask<T> task : tasks) {
            results.add(await(task, HANG, "a test thread"));
        }
        return results;
    }

    /** Waits for {@code future}; a timeout or an exception fails the test with a readable message. */
    public static <T> T await(java.util.concurrent.Future<T> future, Duration limit, String what) throws InterruptedException {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail(what + " did not finish within " + limit.toSeconds()
                    + " s: it is probably stuck (a deadlock, a missed wake-up or an endless loop)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError assertion) {
                throw assertion;
            }
            return fail(what + " threw " + cause, cause);
        }
    }

    /** Starts {@code task} on a new daemon thread and returns its future and thread. */
    public static <T> Started<T> start(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, name);
        thread.setDaemon(true);
        thread.start();
        return new Started<>(thread, future);
    }

    /** A task running on its own thread. */
    public record Started<T>(Thread thread, FutureTask<T> future) {
    }

    /**
     * Returns once {@code thread} is parked, i.e. waiting on a lock, a condition or a sleep. This
     * checks the thread's state, so it does not guess a delay; it fails after {@link #HANG}.
     */
    public static void awaitParked(Thread thread, String what) {
        long deadline = System.nanoTime() + HANG.toNanos();
        while (true) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            if (state == Thread.State.TERMINATED) {
                fail(what + " finished although it should still be waiting");
            }
            if (System.nanoTime() > deadline) {
                fail(what + " never started to wait (its state stayed " + state + "): is it spinning?");
            }
            LockSupport.parkNanos(100_000);
        }
    }
}
