package concurrency.q4;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * A list of numbers that several threads may use at the same time.
 *
 * <p>Numbers leave the list in the order they arrived (first in, first out). No number may ever
 * be lost or handed out twice, whatever the threads do and however they interleave.
 *
 * <p>This class must follow the design rules of the question (a {@code Lock}, its
 * {@code Condition}, no {@code synchronized}); they are listed, with their points, in the
 * {@linkplain concurrency.q4 package description}.
 */
public final class NumberList {

    /** Creates an empty list. */
    public NumberList() {
        // TODO Q4: NumberList()
    }

    /**
     * Appends {@code number} at the tail of the list. A thread that is waiting in
     * {@link #removeWithin(Duration)} can take it at once: it does not wait out its timeout.
     *
     * @param number any int
     */
    public void add(int number) {
        throw new UnsupportedOperationException("TODO Q4: NumberList.add");
    }

    /**
     * Removes and returns the number at the head of the list (the oldest one), without waiting.
     *
     * @return the oldest number, or {@link OptionalInt#empty()} if the list is empty
     */
    public OptionalInt tryRemove() {
        throw new UnsupportedOperationException("TODO Q4: NumberList.tryRemove");
    }

    /**
     * Removes and returns the oldest number; if the list is empty, waits up to {@code timeout}
     * for one to arrive.
     * <ul>
     *   <li>While a thread waits here, other threads can add, remove and read as usual, and the
     *       waiting thread uses no processor time.</li>
     *   <li>It returns as soon as it has a number, and empty only once {@code timeout} has passed
     *       without a number it could take. With several waiting threads, each number goes to one
     *       of them.</li>
     *   <li>A zero timeout means "do not wait". A timeout too long to count in nanoseconds (such as
     *       {@code Duration.ofSeconds(Long.MAX_VALUE)}) is allowed and means "wait practically for
     *       ever".</li>
     *   <li>Interrupts: a thread that is interrupted while it waits, or that is already interrupted
     *       when it would have to wait, gets {@link InterruptedException}. A call that need not wait
     *       (a number is there, or the timeout is zero) may either return as usual, leaving the
     *       thread's interrupt status set, or throw {@code InterruptedException}. Either way no
     *       number is lost: when {@code removeWithin} throws, it has removed nothing.</li>
     * </ul>
     *
     * @param timeout how long to wait at most; zero means "do not wait"
     * @return the oldest number, or {@link OptionalInt#empty()} if none arrived in time
     * @throws NullPointerException     if {@code timeout} is null (the message names {@code timeout})
     * @throws IllegalArgumentException if {@code timeout} is negative (the message names {@code timeout})
     * @throws InterruptedException     if the thread is interrupted, as described above
     */
    public OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q4: NumberList.removeWithin");
    }

    /** @return how many numbers the list holds right now */
    public int size() {
        throw new UnsupportedOperationException("TODO Q4: NumberList.size");
    }

    /**
     * Returns a copy of the list's numbers, oldest first, taken atomically: no add or remove can
     * happen half-way through the copy. The copy is immutable and does not change when the list
     * changes later.
     *
     * @return an immutable copy of the numbers, oldest first
     */
    public List<Integer> snapshot() {
        throw new UnsupportedOperationException("TODO Q4: NumberList.snapshot");
    }
}
