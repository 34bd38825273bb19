package concurrency.q7;

import java.math.BigInteger;
import java.util.SortedMap;

/** Factorials computed concurrently, each as its own task on a thread pool. */
public final class Factorials {

    private Factorials() {
    }

    /**
     * Computes {@code n!}, the product 1 × 2 × ... × n. Factorials grow fast: 21! no longer fits in a
     * {@code long}, so compute with {@link BigInteger}.
     *
     * @param n a number, at least 0
     * @return {@code n!}; {@code 0!} is 1
     * @throws IllegalArgumentException if {@code n} is negative (the message names {@code n})
     */
    public static BigInteger factorial(int n) {
        throw new UnsupportedOperationException("TODO Q7: Factorials.factorial — multiply 1..n as BigIntegers");
    }

    /**
     * Computes {@code n!} for every n from {@code from} to {@code to} (both included), each as its own
     * task on a fixed pool of {@code threads} threads.
     * <ul>
     *   <li>Create the pool with {@link java.util.concurrent.Executors} and submit one task per number;
     *       each task computes its number with {@link #factorial(int)}.</li>
     *   <li>Collect every result from its {@link java.util.concurrent.Future}, so that a task that fails
     *       makes {@code compute} fail too instead of losing the error.</li>
     *   <li>Shut the pool down in a {@code finally} block: no thread of the pool may still be running once
     *       {@code compute} has returned or thrown.</li>
     * </ul>
     *
     * @param from    the first number, at least 0
     * @param to      the last number, at least {@code from}
     * @param threads the size of the pool, at least 1
     * @return n → n! for every n in from..to, in ascending order of n
     * @throws IllegalArgumentException if an argument is out of range (the message names it)
     * @throws InterruptedException     if the calling thread is interrupted while it waits for results
     * @throws RuntimeException         if a task failed: an unchecked exception of your choice whose cause
     *                                  is the task's own exception (the tests make one task fail on purpose)
     */
    public static SortedMap<Integer, BigInteger> compute(int from, int to, int threads) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q7: Factorials.compute — one task per number on a fixed thread pool");
    }

    /**
     * Prints the factorials of 1 to 10, computed with {@link #compute(int, int, int)}, one line each, in
     * ascending order, exactly in this form: {@code Factorial of 5 is 120}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("TODO Q7: Factorials.main — print \"Factorial of n is n!\" for 1..10");
    }
}
