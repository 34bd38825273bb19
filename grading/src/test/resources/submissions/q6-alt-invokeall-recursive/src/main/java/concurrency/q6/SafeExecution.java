// CORRECT ALTERNATIVE (grader corpus): invokeAll, a recursive retry, lockInterruptibly, a ThreadFactory.
package concurrency.q6;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;

public final class SafeExecution {
    private SafeExecution() {
    }

    public static <T> List<Outcome<T>> runAll(List<Callable<T>> tasks, int threads) throws InterruptedException {
        if (tasks == null || tasks.stream().anyMatch(t -> t == null)) {
            throw new IllegalArgumentException("tasks must be a list without null");
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads < 1: " + threads);
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Outcome<T>> outcomes = new ArrayList<>(tasks.size());
            for (Future<T> done : executor.invokeAll(tasks)) {
                try {
                    outcomes.add(new Outcome.Success<>(done.get()));
                } catch (ExecutionException failed) {
                    outcomes.add(new Outcome.Failure<>(failed.getCause()));
                }
            }
            return outcomes;
        } finally {
            executor.shutdown();
        }
    }

    public static <T> T retry(Callable<T> task, int attempts, Duration backoff) throws Exception {
        if (task == null) {
            throw new IllegalArgumentException("task is null");
        }
        if (attempts <= 0) {
            throw new IllegalArgumentException("attempts < 1: " + attempts);
        }
        if (backoff == null || backoff.isNegative()) {
            throw new IllegalArgumentException("backoff is null or negative: " + backoff);
        }
        return attempt(task, attempts, backoff, new ArrayList<>());
    }

    private static <T> T attempt(Callable<T> task, int left, Duration backoff, List<Exception> earlier) throws Exception {
        try {
            return task.call();
        } catch (Exception failure) {
            if (left == 1) {
                earlier.forEach(failure::addSuppressed);
                throw failure;
            }
            earlier.add(failure);
        }
        Thread.sleep(backoff.toMillis(), backoff.toNanosPart() % 1_000_000);
        return attempt(task, left - 1, backoff, earlier);
    }

    public static Optional<Throwable> uncaughtOf(Runnable body) throws InterruptedException {
        if (body == null) {
            throw new IllegalArgumentException("body is null");
        }
        AtomicReference<Throwable> caught = new AtomicReference<>();
        ThreadFactory withHandler = runnable -> {
            Thread t = new Thread(runnable);
            t.setUncaughtExceptionHandler((thread, e) -> caught.set(e));
            return t;
        };
        Thread worker = withHandler.newThread(body);
        worker.start();
        worker.join();
        return Optional.ofNullable(caught.get());
    }

    public static <T> T withLock(Lock lock, Callable<T> critical) throws Exception {
        if (lock == null || critical == null) {
            throw new IllegalArgumentException((lock == null ? "lock" : "critical") + " is null");
        }
        lock.lockInterruptibly();
        try {
            return critical.call();
        } finally {
            lock.unlock();
        }
    }
}
