package concurrency.q5;

/**
 * A first-in first-out buffer that holds at most {@code capacity} items and that many producer
 * and consumer threads may use at the same time.
 *
 * <p>{@link #put} waits while the buffer is full; {@link #take} waits while it is empty. No item
 * may be lost, handed out twice or overtaken by a later one, and no thread may wait forever while
 * it could go on.
 *
 * <p>Rules for this class (they are checked by the grader):
 * <ul>
 *   <li>Guard all state with one {@link java.util.concurrent.locks.Lock} kept in a
 *       {@code private final} field, and write every critical section as
 *       {@code lock.lock(); try { ... } finally { lock.unlock(); }}.</li>
 *   <li>Make two {@link java.util.concurrent.locks.Condition}s from that lock: {@code notFull}, on
 *       which producers wait, and {@code notEmpty}, on which consumers wait. With one Condition
 *       for both, a {@code signal()} can wake a thread of the wrong kind, and the wake-up is lost.</li>
 *   <li>Wait in a {@code while} loop that re-checks the state: waking up is no promise that the
 *       state is still what you waited for.</li>
 *   <li>No {@code Thread.sleep} polling and no spinning: a waiting thread waits on a Condition.</li>
 * </ul>
 *
 * @param <T> the type of the items
 */
public final class BoundedBuffer<T> {

    /**
     * Creates an empty buffer.
     *
     * @param capacity how many items it can hold at most
     * @throws IllegalArgumentException if {@code capacity} is less than 1 (the message names {@code capacity})
     */
    public BoundedBuffer(int capacity) {
        // TODO Q5: check the capacity; create the lock, its two conditions and the storage.
    }

    /**
     * Adds {@code item} at the tail, first waiting while the buffer is full, and wakes up a
     * consumer that waits for an item.
     *
     * @param item the item; not null
     * @throws NullPointerException if {@code item} is null (the message names {@code item}); the
     *                              buffer stays unchanged
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    public void put(T item) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q5: BoundedBuffer.put — wait on notFull while full, add the item, signal notEmpty");
    }

    /**
     * Removes and returns the item at the head (the oldest one), first waiting while the buffer is
     * empty, and wakes up a producer that waits for room.
     *
     * @return the oldest item
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    public T take() throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q5: BoundedBuffer.take — wait on notEmpty while empty, remove the head, signal notFull");
    }

    /** @return how many items the buffer holds right now */
    public int size() {
        throw new UnsupportedOperationException("TODO Q5: BoundedBuffer.size — read the count under the lock");
    }
}
