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
 * <p>Rules for this class (they are checked by the grader):
 * <ul>
 *   <li>Guard all state with one {@link java.util.concurrent.locks.Lock} kept in a
 *       {@code private final} field. A lock created inside a method protects nothing: every call
 *       would get its own lock.</li>
 *   <li>Write every critical section as {@code lock.lock(); try { ... } finally { lock.unlock(); }},
 *       so that the lock is released even when the code in between throws.</li>
 *   <li>A thread that must wait for a number waits on a
 *       {@link java.util.concurrent.locks.Condition} of that lock. Do not poll with
 *       {@code Thread.sleep} and do not spin.</li>
 *   <li>Do not use {@code synchronized} in this question: it asks for a {@code Lock}.</li>
 * </ul>
 */
public final class NumberList {

    /** Creates an empty list. */
    public NumberList() {
        // TODO Q4: create the lock, the condition and the storage in fields (or in their initialisers).
    }

    /**
     * Appends {@code number} at the tail of the list and wakes up a thread that is waiting in
     * {@link #removeWithin(Duration)}, if there is one.
     *
     * @param number any int
     */
    public void add(int number) {
        throw new UnsupportedOperationException("TODO Q4: NumberList.add — append the number under the lock");
    }

    /**
     * Removes and returns the number at the head of the list (the oldest one), without waiting.
     *
     * @return the oldest number, or {@link OptionalInt#empty()} if the list is empty
     */
    public OptionalInt tryRemove() {
        throw new UnsupportedOperationException("TODO Q4: NumberList.tryRemove — remove the head under the lock, or return empty");
    }

    /**
     * Removes and returns the oldest number, waiting up to {@code timeout} for one to arrive if the
     * list is empty. While it waits, the thread must not hold the lock (other threads need it to
     * add) and must not burn CPU: wait on a {@link java.util.concurrent.locks.Condition}.
     * Remember that a thread can wake up and find the list empty again.
     *
     * @param timeout how long to wait at most; zero means "do not wait"
     * @return the oldest number, or {@link OptionalInt#empty()} if none arrived in time
     * @throws NullPointerException     if {@code timeout} is null (the message names {@code timeout})
     * @throws IllegalArgumentException if {@code timeout} is negative (the message names {@code timeout})
     * @throws InterruptedException     if the thread is interrupted while waiting
     */
    public OptionalInt removeWithin(Duration timeout) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q4: NumberList.removeWithin — wait on a Condition until a number arrives or the time is up");
    }

    /** @return how many numbers the list holds right now */
    public int size() {
        throw new UnsupportedOperationException("TODO Q4: NumberList.size — read the size under the lock");
    }

    /**
     * Returns a copy of the list's numbers, oldest first, taken atomically: no add or remove can
     * happen half-way through the copy. The copy is immutable and does not change when the list
     * changes later.
     *
     * @return an immutable copy of the numbers, oldest first
     */
    public List<Integer> snapshot() {
        throw new UnsupportedOperationException("TODO Q4: NumberList.snapshot — copy the numbers under the lock into an immutable list");
    }
}
