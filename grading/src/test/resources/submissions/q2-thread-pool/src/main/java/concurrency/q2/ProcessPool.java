package concurrency.q2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Defect: a thread pool; the "workers" are threads of this JVM. */
public final class ProcessPool implements AutoCloseable {
    private final int size;
    private final ExecutorService threads;

    public ProcessPool(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        size = processes;
        threads = Executors.newFixedThreadPool(processes);
    }

    public int size() {
        return size;
    }

    public <A extends Serializable, R extends Serializable> Future<R> submit(Task<A, R> task, A argument) {
        return threads.submit(() -> task.apply(argument));
    }

    public <A extends Serializable, R extends Serializable> List<R> map(Task<A, R> task, List<A> arguments)
            throws InterruptedException, ExecutionException {
        List<Future<R>> futures = new ArrayList<>();
        for (A argument : arguments) {
            futures.add(submit(task, argument));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    public List<Long> workerPids() {
        return Collections.nCopies(size, ProcessHandle.current().pid());
    }

    public long processesStarted() {
        return size;
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
