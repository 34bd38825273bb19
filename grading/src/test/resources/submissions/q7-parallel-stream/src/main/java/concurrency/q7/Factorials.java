// KNOWN-BAD (grader corpus): a parallel stream on the common pool.
package concurrency.q7;

import java.math.BigInteger;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Factorials computed concurrently, one task per number, on a fixed thread pool. */
public final class Factorials {
    private Factorials() {
    }

    public static BigInteger factorial(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
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
        return IntStream.rangeClosed(from, to).parallel().boxed()
                .collect(Collectors.toMap(n -> n, Factorials::factorial, (a, b) -> a, TreeMap::new));
    }

    public static void main(String[] args) {
        try {
            compute(1, 10, 4).forEach((n, factorial) -> System.out.println("Factorial of " + n + " is " + factorial));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
