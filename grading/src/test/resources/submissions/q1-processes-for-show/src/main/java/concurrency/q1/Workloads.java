package concurrency.q1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** The same workloads run sequentially, on threads, or in child JVMs, to compare threads with processes. */
public final class Workloads {
    private Workloads() {
    }

    public static List<Integer> ioBound(Strategy strategy, int tasks, Duration latency) {
        Objects.requireNonNull(strategy, "strategy must not be null");
        Objects.requireNonNull(latency, "latency must not be null");
        if (tasks < 0) {
            throw new IllegalArgumentException("tasks must not be negative, was " + tasks);
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + latency);
        }
        long millis = latency.toMillis();
        try {
            return switch (strategy) {
                case SEQUENTIAL -> {
                    List<Integer> indices = new ArrayList<>();
                    for (int i = 0; i < tasks; i++) {
                        Thread.sleep(millis);
                        indices.add(i);
                    }
                    yield indices;
                }
                // One thread per task: each spends its time waiting, so the waits overlap.
                case THREADS -> onThreads(tasks, tasks, i -> () -> {
                    Thread.sleep(millis);
                    return i;
                });
                case PROCESSES -> {
                    // One child JVM per task, all started before any is waited for, so the waits overlap too.
                    List<List<String>> work = new ArrayList<>();
                    for (int i = 0; i < tasks; i++) {
                        work.add(List.of("sleep", Long.toString(millis), Integer.toString(i)));
                    }
                    List<Integer> indices = new ArrayList<>();
                    for (List<String> printed : inChildJvms(work)) {
                        indices.add(Integer.valueOf(printed.get(0).strip()));
                    }
                    yield indices;
                }
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the I/O tasks", e);
        }
    }

    public static List<Long> cpuBound(Strategy strategy, List<Integer> inputs) {
        Objects.requireNonNull(strategy, "strategy must not be null");
        Objects.requireNonNull(inputs, "inputs must not be null");
        for (Integer n : inputs) {
            Objects.requireNonNull(n, "inputs must not contain null");
            if (n < 0) {
                throw new IllegalArgumentException("inputs must not be negative, found " + n);
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            return switch (strategy) {
                case SEQUENTIAL -> inputs.stream().map(Primes::countUpTo).toList();
                // No GIL: the pool's threads count on every core at once.
                case THREADS -> onThreads(inputs.size(), cores, i -> () -> Primes.countUpTo(inputs.get(i)));
                case PROCESSES -> {
                    // Defect: the child JVMs are started for show (each only waits 0 ms); the counting
                    // then happens in this JVM, so they prove nothing about processes.
                    List<List<String>> work = new ArrayList<>();
                    for (int j = 0; j < Math.min(cores, inputs.size()); j++) {
                        work.add(List.of("sleep", "0", Integer.toString(j)));
                    }
                    inChildJvms(work);
                    yield inputs.stream().map(Primes::countUpTo).toList();
                }
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the prime counts", e);
        }
    }

    public static List<Integer> isolated(List<Integer> exitStatuses) {
        Objects.requireNonNull(exitStatuses, "exitStatuses must not be null");
        for (Integer status : exitStatuses) {
            Objects.requireNonNull(status, "exitStatuses must not contain null");
            if (status < 0 || status > 255) {
                throw new IllegalArgumentException("exitStatuses must lie in 0..255 (what an exit status can carry), found " + status);
            }
        }
        // Each task ends its own JVM; this one only observes how it ended.
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int status : exitStatuses) {
                children.add(ChildJvm.start("exit", Integer.toString(status)));
            }
            List<Integer> observed = new ArrayList<>();
            for (ChildJvm child : children) {
                observed.add(child.waitFor());
            }
            return observed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the isolated tasks", e);
        } finally {
            children.forEach(ChildJvm::kill);
        }
    }

    public static Strategy recommend(WorkloadProfile profile) {
        Objects.requireNonNull(profile, "profile must not be null");
        // Only a process contains a crash, System.exit or a leak; without that need, threads are cheaper
        // and, with no GIL in the JVM, parallel for CPU-bound work too.
        return profile.needsIsolation() ? Strategy.PROCESSES : Strategy.THREADS;
    }

    /** Runs task i for i = 0..count-1 on a pool of {@code threads} threads; results in task order. */
    private static <T> List<T> onThreads(int count, int threads, IntFunction<Callable<T>> task)
            throws InterruptedException {
        if (count == 0) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task.apply(i)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Deals the inputs round-robin to {@code jvms} child JVMs and puts their counts back in input order. */
    private static List<Long> primesInChildJvms(List<Integer> inputs, int jvms) throws InterruptedException {
        List<List<Integer>> shares = new ArrayList<>();
        List<List<String>> work = new ArrayList<>();
        for (int j = 0; j < jvms; j++) {
            shares.add(new ArrayList<>());
            work.add(new ArrayList<>(List.of("primes")));
        }
        for (int i = 0; i < inputs.size(); i++) {
            shares.get(i % jvms).add(i);
            work.get(i % jvms).add(Integer.toString(inputs.get(i)));
        }
        List<List<String>> printed = inChildJvms(work);
        Long[] counts = new Long[inputs.size()];
        for (int j = 0; j < jvms; j++) {
            List<Integer> share = shares.get(j);
            if (printed.get(j).size() != share.size()) {
                throw new IllegalStateException("a child JVM printed " + printed.get(j).size() + " counts for " + share.size() + " inputs");
            }
            for (int k = 0; k < share.size(); k++) {
                counts[share.get(k)] = Long.valueOf(printed.get(j).get(k).strip());
            }
        }
        return List.of(counts);
    }

    /**
     * Starts one child JVM per element of {@code work} (its arguments), all before waiting for any,
     * and returns the lines each printed, in the same order. Every child is dead when this returns.
     */
    private static List<List<String>> inChildJvms(List<List<String>> work) throws InterruptedException {
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (List<String> args : work) {
                children.add(ChildJvm.start(args.toArray(String[]::new)));
            }
            List<List<String>> printed = new ArrayList<>();
            for (ChildJvm child : children) {
                printed.add(child.resultLines());
            }
            return printed;
        } finally {
            children.forEach(ChildJvm::kill);
        }
    }
}
