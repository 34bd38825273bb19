package concurrency.q3;

/** A child main for the tests: fails with an uncaught exception. */
public final class Thrower {
    private Thrower() {
    }

    public static void main(String[] args) {
        throw new IllegalStateException("boom from a child");
    }
}
