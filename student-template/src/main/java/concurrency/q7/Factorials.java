package concurrency.q7;

import java.math.BigInteger;
import java.util.SortedMap;

/** Factorials computed concurrently, each as its own task on a thread pool. */
public final class Factorials {

    private Factorials() {
    }

    /**
     * Computes {@code n!}, the product 1 × 2 × ... × n, exactly, also where it no longer fits in a
     * {@code long} (from 21! on).
     *
     * @param n a number, at least 0
     * @return {@code n!}; {@code 0!} is 1
     * @throws IllegalArgumentException if {@code n} is negative (the message names {@code n})
     */
    public static BigInteger factorial(int n) {
        throw new UnsupportedOperationException("TODO Q7: Factorials.factorial");
    }

    /**
     * Computes {@code n!} for every n from {@code from} to {@code to} (both included), each as its own
     * task on a fixed pool of {@code threads} threads (an {@link java.util.concurrent.ExecutorService}).
     * <ul>
     *   <li>Each task computes its number by calling {@link #factorial(int)} (directly or as
     *       {@code Factorials::factorial}). This is required because a test replaces exactly those
     *       calls, to make one task fail on purpose and see what {@code compute} does then.</li>
     *   <li>A task that fails makes {@code compute} fail too: the task's exception is never lost.</li>
     *   <li>The pool is shut down on every path, when {@code compute} returns and when it throws. The
     *       tests check that every thread of the pool has ended within a few seconds after that.</li>
     * </ul>
     *
     * @param from    the first number, at least 0
     * @param to      the last number, at least {@code from}
     * @param threads the size of the pool, at least 1
     * @return n → n! for every n in from..to, in ascending order of n
     * @throws IllegalArgumentException if an argument is out of range (the message names it)
     * @throws InterruptedException     if the calling thread is interrupted while it waits for results
     * @throws RuntimeException         if a task failed: an unchecked exception of your choice that has
     *                                  the task's own exception among its causes
     */
    public static SortedMap<Integer, BigInteger> compute(int from, int to, int threads) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q7: Factorials.compute");
    }

    /**
     * Prints the factorials of 1 to 10, computed with {@link #compute(int, int, int)}, one line each, in
     * ascending order, exactly in this form: {@code Factorial of 5 is 120}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("TODO Q7: Factorials.main");
    }
}
