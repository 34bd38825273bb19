package concurrency.q5;

import static concurrency.testing.Concurrently.HANG;
import static concurrency.testing.Concurrently.await;
import static concurrency.testing.Concurrently.awaitParked;
import static concurrency.testing.Concurrently.runTogether;
import static concurrency.testing.Concurrently.start;
import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.BadInput;
import concurrency.testing.Concurrently.Started;
import concurrency.testing.NoLeakedThreads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q5")
@DisplayName("Q5 BoundedBuffer")
@ExtendWith(NoLeakedThreads.class)
class BoundedBufferTest {
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;
    private static final int PER_PRODUCER = 2_500;

    @Test
    @DisplayName("accepts a capacity of 1 (an empty buffer) and rejects a capacity below 1, naming the argument")
    void rejectsBadCapacity() {
        assertThat(new BoundedBuffer<String>(1).size()).as("size of a new buffer of capacity 1, the smallest allowed").isZero();
        BadInput.checkAll(bad -> {
            bad.rejects("new BoundedBuffer(0)", () -> new BoundedBuffer<String>(0), IllegalArgumentException.class, "capacity");
            bad.rejects("new BoundedBuffer(-3)", () -> new BoundedBuffer<String>(-3), IllegalArgumentException.class, "capacity");
        });
    }

    @Test
    @DisplayName("hands items out in the order they were put (FIFO), and size counts them")
    void firstInFirstOut() throws InterruptedException {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(3);
        assertThat(buffer.size()).as("size of a new buffer").isZero();
        buffer.put("a");
        buffer.put("b");
        buffer.put("c");
        assertThat(buffer.size()).as("size after three puts into a buffer of capacity 3").isEqualTo(3);

        assertThat(buffer.take()).as("first take: the oldest item").isEqualTo("a");
        buffer.put("d");
        assertThat(List.of(buffer.take(), buffer.take(), buffer.take()))
                .as("the rest, oldest first, also after the storage wrapped around").containsExactly("b", "c", "d");
        assertThat(buffer.size()).as("size once everything was taken").isZero();
    }

    @Test
    @DisplayName("put(null) is rejected with a NullPointerException naming the item; nothing is stored and the buffer still works")
    void rejectsNull() throws InterruptedException {
        BoundedBuffer<String> buffer = new BoundedBuffer<>(2);
        BadInput.checkAll(bad -> bad.rejects("put(null)", () -> buffer.put(null), NullPointerException.class, "item"));
        assertThat(buffer.size()).as("size after a rejected put(null): nothing may be stored").isZero();
        buffer.put("x");
        assertThat(buffer.take()).as("the buffer still works after a rejected put(null)").isEqualTo("x");
    }

    @Test
    @DisplayName("put on a full buffer waits (parked, not spinning) and finishes as soon as a take makes room")
    void putWaitsWhileFull() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        buffer.put(1);
        buffer.put(2);

        Started<Void> producer = start("test-producer", () -> {
            buffer.put(3);
            return null;
        });
        awaitWaiting(producer, "the thread calling put on a full buffer");
        assertThat(producer.future().isDone()).as("put on a full buffer must wait until there is room").isFalse();
        assertThat(buffer.size()).as("size while a put waits on a full buffer of capacity 2").isEqualTo(2);

        assertThat(buffer.take()).as("take from the full buffer").isEqualTo(1);

        await(producer.future(), HANG, "put waiting on a full buffer (take should have woken it: signal notFull)");
        assertThat(List.of(buffer.take(), buffer.take())).as("what is in the buffer after the waiting put finished")
                .containsExactly(2, 3);
    }

    @Test
    @DisplayName("take on an empty buffer waits (parked, not spinning) and gets the item as soon as one is put")
    void takeWaitsWhileEmpty() throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(2);
        Started<Integer> consumer = start("test-consumer", buffer::take);
        awaitWaiting(consumer, "the thread calling take on an empty buffer");
        assertThat(consumer.future().isDone()).as("take on an empty buffer must wait for an item").isFalse();

        buffer.put(42);

        assertThat(await(consumer.future(), HANG, "take waiting on an empty buffer (put should have woken it: signal notEmpty)"))
                .as("what the waiting take received").isEqualTo(42);
        assertThat(buffer.size()).as("size after the waiting take got the only item").isZero();
    }

    @Test
    @DisplayName("many producers and many consumers at once, capacity 1: every item moves exactly once, nobody gets stuck")
    void manyProducersManyConsumersCapacityOne() throws InterruptedException {
        manyProducersManyConsumers(1);
    }

    @Test
    @DisplayName("many producers and many consumers at once, capacity 2: every item moves exactly once, nobody gets stuck")
    void manyProducersManyConsumersCapacityTwo() throws InterruptedException {
        manyProducersManyConsumers(2);
    }

    private static void manyProducersManyConsumers(int capacity) throws InterruptedException {
        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(capacity);
        int perConsumer = PRODUCERS * PER_PRODUCER / CONSUMERS;

        List<List<Integer>> received = runTogether(PRODUCERS + CONSUMERS, thread -> () -> {
            List<Integer> mine = new ArrayList<>();
            if (thread < PRODUCERS) {
                for (int i = 0; i < PER_PRODUCER; i++) {
                    buffer.put(thread * PER_PRODUCER + i);
                }
            } else {
                for (int i = 0; i < perConsumer; i++) {
                    mine.add(buffer.take());
                }
            }
            return mine;
        });

        List<Integer> all = received.stream().flatMap(List::stream).collect(Collectors.toList());
        int[] timesTaken = new int[PRODUCERS * PER_PRODUCER];
        long nulls = 0;
        List<Integer> neverPut = new ArrayList<>();
        for (Integer item : all) {
            if (item == null) {
                nulls++;
            } else if (item < 0 || item >= timesTaken.length) {
                neverPut.add(item);
            } else {
                timesTaken[item]++;
            }
        }
        assertThat(nulls).as("nulls that %d consumers took from a buffer of capacity %d, of %d items: a null or a missing "
                + "item means a thread went on without re-checking the buffer after it woke up (wait in a while loop)",
                CONSUMERS, capacity, all.size()).isZero();
        assertThat(neverPut).as("items taken that no producer put (they put 0..%d)", timesTaken.length - 1).isEmpty();
        assertThat(itemsTaken(timesTaken, n -> n > 1)).as("items that %d consumers took more than once, of %d put by %d "
                + "producers: two takes handed out the same slot", CONSUMERS, timesTaken.length, PRODUCERS).isEmpty();
        assertThat(itemsTaken(timesTaken, n -> n == 0)).as("items that %d producers put and no consumer took, of %d",
                PRODUCERS, timesTaken.length).isEmpty();
        for (List<Integer> mine : received.subList(PRODUCERS, PRODUCERS + CONSUMERS)) {
            for (int producer = 0; producer < PRODUCERS; producer++) {
                int from = producer * PER_PRODUCER;
                assertThat(mine.stream().filter(n -> n >= from && n < from + PER_PRODUCER).toList())
                        .as("a consumer must get each producer's items in the order they were put (FIFO)").isSorted();
            }
        }
        assertThat(buffer.size()).as("size once as many items were taken as put").isZero();
    }

    /**
     * The first few items (with how many there are) taken a number of times that {@code matches} accepts. Counted in
     * an array, since comparing ten thousand items as lists costs AssertJ seconds.
     */
    private static String itemsTaken(int[] timesTaken, IntPredicate matches) {
        int[] items = IntStream.range(0, timesTaken.length).filter(item -> matches.test(timesTaken[item])).toArray();
        return items.length == 0 ? "" : items.length + " items, the first " + Arrays.toString(Arrays.copyOf(items, Math.min(10, items.length)));
    }

    /** Returns once the thread waits (parked); if it ended instead, fails with what it threw or returned. */
    private static void awaitWaiting(Started<?> started, String what) throws InterruptedException {
        try {
            awaitParked(started.thread(), what);
        } catch (AssertionError notWaiting) {
            if (started.future().isDone()) {
                Object result = await(started.future(), HANG, what);
                throw new AssertionError(what + " returned " + result + " at once although it had to wait", notWaiting);
            }
            throw notWaiting;
        }
    }
}
