package concurrency.q5;

/**
 * A first-in first-out buffer that holds at most {@code capacity} items and that many producer
 * and consumer threads may use at the same time.
 *
 * <p>{@link #put} waits while the buffer is full; {@link #take} waits while it is empty. No item
 * may be lost, handed out twice or overtaken by a later one, and no thread may wait forever while
 * it could go on. A thread that waits uses no processor time.
 *
 * <p>This class must follow the design rules of Q5 (one {@code Lock}, two {@code Condition}s made
 * from it); they are listed, with their points, in the {@linkplain concurrency.q5 package
 * description}.
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
        // TODO Q5: BoundedBuffer(capacity)
    }

    /**
     * Adds {@code item} at the tail. While the buffer is full, waits until a {@link #take} makes
     * room. A thread that waits in {@code take} can take the item at once.
     *
     * @param item the item; not null
     * @throws NullPointerException if {@code item} is null (the message names {@code item}); the
     *                              buffer stays unchanged
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    public void put(T item) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q5: BoundedBuffer.put");
    }

    /**
     * Removes and returns the item at the head (the oldest one). While the buffer is empty, waits
     * until a {@link #put} brings an item. A thread that waits in {@code put} can go on at once.
     *
     * @return the oldest item
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    public T take() throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q5: BoundedBuffer.take");
    }

    /** @return how many items the buffer holds right now */
    public int size() {
        throw new UnsupportedOperationException("TODO Q5: BoundedBuffer.size");
    }
}
