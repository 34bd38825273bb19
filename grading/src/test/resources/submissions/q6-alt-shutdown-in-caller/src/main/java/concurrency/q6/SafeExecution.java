// CORRECT ALTERNATIVE (grader corpus): a helper creates the pool and returns it; runAll, which
// calls the helper, shuts the pool down in its finally.
package concurrency.q6;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;

/** Four ways to keep an exception in concurrent code from getting lost or doing damage. */
public final class SafeExecution {
    private SafeExecution() {
    }

    public static <T> List<Outcome<T>> runAll(List<Callable<T>> tasks, int threads) throws InterruptedException {
        Objects.requireNonNull(tasks, "tasks must not be null");
        for (Callable<T> task : tasks) {
            Objects.requireNonNull(task, "tasks must not contain null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        ExecutorService pool = newPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(outcomeOf(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for one task; its exception arrives wrapped in an ExecutionException, so unwrap it. */
    /** The pool for one call of runAll; the caller owns it and shuts it down. */
    private static ExecutorService newPool(int threads) {
        return Executors.newFixedThreadPool(threads);
    }

    private static <T> Outcome<T> outcomeOf(Future<T> future) throws InterruptedException {
        try {
            return new Outcome.Success<>(future.get());
        } catch (ExecutionException e) {
            return new Outcome.Failure<>(e.getCause());
        }
    }

    public static <T> T retry(Callable<T> task, int attempts, Duration backoff) throws Exception {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(backoff, "backoff must not be null");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative, was " + backoff);
        }
        List<Exception> failures = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return task.call();
            } catch (Exception e) {
                if (attempt == attempts) {
                    // The last failure is thrown; the earlier ones travel with it instead of vanishing.
                    for (Exception earlier : failures) {
                        if (earlier != e) {
                            e.addSuppressed(earlier);
                        }
                    }
                    throw e;
                }
                failures.add(e);
            }
            TimeUnit.NANOSECONDS.sleep(backoff.toNanos());
        }
    }

    public static Optional<Throwable> uncaughtOf(Runnable body) throws InterruptedException {
        Objects.requireNonNull(body, "body must not be null");
        AtomicReference<Throwable> diedOf = new AtomicReference<>();
        Thread thread = new Thread(body, "uncaught-of");
        // The handler runs on the dying thread, before join() returns, so diedOf is set by then.
        thread.setUncaughtExceptionHandler((dead, error) -> diedOf.set(error));
        thread.start();
        thread.join();
        return Optional.ofNullable(diedOf.get());
    }

    public static <T> T withLock(Lock lock, Callable<T> critical) throws Exception {
        Objects.requireNonNull(lock, "lock must not be null");
        Objects.requireNonNull(critical, "critical must not be null");
        lock.lock();
        try {
            return critical.call();
        } finally {
            lock.unlock();
        }
    }
}
