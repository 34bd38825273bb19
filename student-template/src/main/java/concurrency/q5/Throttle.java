package concurrency.q5;

import java.util.concurrent.Callable;

/**
 * Lets at most {@code permits} callers run their action at the same time; further callers wait
 * until one of them leaves. Use a {@link java.util.concurrent.Semaphore}.
 */
public final class Throttle {

    /**
     * @param permits how many callers may be inside at once
     * @throws IllegalArgumentException if {@code permits} is less than 1 (the message names {@code permits})
     */
    public Throttle(int permits) {
        // TODO Q5: check the argument; create the semaphore and the counters in fields.
    }

    /**
     * Waits for a permit, runs {@code action}, and gives the permit back — also when the action
     * throws, otherwise every failure would lose a permit for good. While the action runs, count
     * how many callers are inside, to keep {@link #maxObservedConcurrency()} up to date (several
     * threads update that count at once: use {@code java.util.concurrent.atomic}).
     *
     * @param action what to run; not null
     * @param <T>    the action's result type
     * @return what {@code action} returned
     * @throws NullPointerException if {@code action} is null (the message names {@code action})
     * @throws Exception            whatever the action threw, unchanged; or {@link InterruptedException}
     *                              if the thread is interrupted while it waits for a permit
     */
    public <T> T call(Callable<T> action) throws Exception {
        throw new UnsupportedOperationException("TODO Q5: Throttle.call — acquire a permit, run the action, release the permit in a finally block");
    }

    /** @return the most callers that were running their action at the same moment so far; 0 before any call */
    public int maxObservedConcurrency() {
        throw new UnsupportedOperationException("TODO Q5: Throttle.maxObservedConcurrency — return the highest number of callers seen inside at once");
    }
}
