package concurrency.q5;

import java.util.concurrent.Callable;

/**
 * Lets at most {@code permits} callers run their action at the same time; further callers wait
 * until one of them leaves. The tool of this class is a {@link java.util.concurrent.Semaphore}.
 */
public final class Throttle {

    /**
     * @param permits how many callers may be inside at once
     * @throws IllegalArgumentException if {@code permits} is less than 1 (the message names {@code permits})
     */
    public Throttle(int permits) {
        // TODO Q5: Throttle(permits)
    }

    /**
     * Runs {@code action} as soon as fewer than {@code permits} callers are running theirs, and
     * returns what it returned. A waiting caller uses no processor time. A caller that leaves frees
     * its place, also when its action throws: failed actions never lower the number of callers
     * that may be inside later.
     *
     * @param action what to run; not null
     * @param <T>    the action's result type
     * @return what {@code action} returned
     * @throws NullPointerException if {@code action} is null (the message names {@code action})
     * @throws Exception            whatever the action threw, unchanged; or {@link InterruptedException}
     *                              if the thread is interrupted while it waits for its turn
     */
    public <T> T call(Callable<T> action) throws Exception {
        throw new UnsupportedOperationException("TODO Q5: Throttle.call");
    }

    /**
     * @return the most callers that were running their action at the same moment so far, counted
     *         exactly even when many threads call at once; 0 before any call
     */
    public int maxObservedConcurrency() {
        throw new UnsupportedOperationException("TODO Q5: Throttle.maxObservedConcurrency");
    }
}
