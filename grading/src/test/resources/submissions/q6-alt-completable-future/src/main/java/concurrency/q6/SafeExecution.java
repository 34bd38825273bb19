// CORRECT ALTERNATIVE (grader corpus): CompletableFuture on its own executor, a counted while loop.
package concurrency.q6;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

public final class SafeExecution {
    private SafeExecution() {
    }

    public static <T> List<Outcome<T>> runAll(List<Callable<T>> tasks, int threads) throws InterruptedException {
        if (tasks == null) {
            throw new NullPointerException("tasks");
        }
        tasks.forEach(t -> {
            if (t == null) {
                throw new NullPointerException("tasks[i] is null");
            }
        });
        if (threads < 1) {
            throw new IllegalArgumentException("need threads >= 1");
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Outcome<T>>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(CompletableFuture.supplyAsync(() -> call(task), executor)
                        .handle((value, error) -> error == null ? new Outcome.Success<>(value) : new Outcome.Failure<>(unwrap(error))));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (CompletableFuture<Outcome<T>> outcome : running) {
                try {
                    outcomes.add(outcome.get());
                } catch (ExecutionException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception checked) {
            throw new CompletionException(checked);
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    public static <T> T retry(Callable<T> task, int attempts, Duration backoff) throws Exception {
        if (task == null || backoff == null) {
            throw new NullPointerException(task == null ? "task" : "backoff");
        }
        if (attempts < 1 || backoff.isNegative()) {
            throw new IllegalArgumentException(attempts < 1 ? "attempts" : "backoff");
        }
        Exception last = null;
        List<Exception> all = new ArrayList<>();
        int calls = 0;
        while (calls < attempts) {
            if (calls > 0) {
                TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
            }
            calls++;
            try {
                return task.call();
            } catch (Exception e) {
                last = e;
                all.add(e);
            }
        }
        for (Exception e : all.subList(0, all.size() - 1)) {
            last.addSuppressed(e);
        }
        throw last;
    }

    public static Optional<Throwable> uncaughtOf(Runnable body) throws InterruptedException {
        if (body == null) {
            throw new NullPointerException("body");
        }
        CompletableFuture<Throwable> died = new CompletableFuture<>();
        Thread thread = new Thread(body);
        thread.setUncaughtExceptionHandler((t, e) -> died.complete(e));
        thread.start();
        thread.join();
        return Optional.ofNullable(died.getNow(null));
    }

    public static <T> T withLock(Lock lock, Callable<T> critical) throws Exception {
        if (lock == null) {
            throw new NullPointerException("lock");
        }
        if (critical == null) {
            throw new NullPointerException("critical");
        }
        final Lock held = lock;
        held.lock();
        try {
            return critical.call();
        } finally {
            held.unlock();
        }
    }
}
