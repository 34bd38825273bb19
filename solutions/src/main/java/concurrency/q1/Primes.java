package concurrency.q1;

/** The CPU-bound work itself: counting primes by trial division, deliberately without shortcuts. */
final class Primes {
    private Primes() {
    }

    /** The number of primes p with p <= n (0 for n < 2). */
    static long countUpTo(int n) {
        long count = 0;
        for (int candidate = 2; candidate <= n; candidate++) {
            if (isPrime(candidate)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isPrime(int candidate) {
        for (int divisor = 2; (long) divisor * divisor <= candidate; divisor++) {
            if (candidate % divisor == 0) {
                return false;
            }
        }
        return true;
    }
}
