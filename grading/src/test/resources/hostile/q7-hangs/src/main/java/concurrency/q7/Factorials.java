package concurrency.q7;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Factorials computed concurrently, one task per number, on a fixed thread pool. */
public final class Factorials {
    private Factorials() {
    }

    public static BigInteger factorial(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        // Hostile: the factorial of 7 never finishes, and no interrupt stops it (the grader must, at its time budget).
        while (n == 7) {
            Thread.onSpinWait();
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    public static SortedMap<Integer, BigInteger> compute(int from, int to, int threads) throws InterruptedException {
        if (from < 0) {
            throw new IllegalArgumentException("from must not be negative, was " + from);
        }
        if (to < from) {
            throw new IllegalArgumentException("to must not be less than from, was to=" + to + ", from=" + from);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<BigInteger>> futures = new ArrayList<>();
            for (int n = from; n <= to; n++) {
                int number = n;
                futures.add(pool.submit(() -> factorial(number)));
            }
            SortedMap<Integer, BigInteger> results = new TreeMap<>();
            for (int i = 0; i < futures.size(); i++) {
                // get() hands back the task's result, or its exception wrapped in ExecutionException.
                results.put(from + i, futures.get(i).get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a factorial task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public static void main(String[] args) {
        try {
            compute(1, 10, 4).forEach((n, factorial) -> System.out.println("Factorial of " + n + " is " + factorial));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
