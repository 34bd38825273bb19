package concurrency.q3;

/** A child main for the tests: sleeps ten minutes, far longer than any test waits. */
public final class Sleeper {
    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(600_000);
    }
}
