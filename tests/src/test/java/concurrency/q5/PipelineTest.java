package concurrency.q5;

import static concurrency.testing.Concurrently.HANG;
import static concurrency.testing.Concurrently.await;
import static concurrency.testing.Concurrently.start;
import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.BadInput;
import concurrency.testing.NoLeakedThreads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q5")
@DisplayName("Q5 Pipeline")
@ExtendWith(NoLeakedThreads.class)
class PipelineTest {
    /**
     * Through a queue of capacity 1 or 2 nearly every item is a hand-over between the threads, each
     * costing a thread switch; ten thousand of them exercise it well, and 100 000 took seconds.
     */
    private static final int MANY_HANDOFFS = 10_000;
    /** The sum of 1..100 000 does not fit in an int: summing in one overflows (cheap through capacity 16). */
    private static final int SUM_BEYOND_INT = 100_000;

    @Test
    @DisplayName("through a queue of capacity 1, the consumer receives every number 1..count exactly once")
    void capacityOne() throws InterruptedException {
        sumsEveryNumber(1, MANY_HANDOFFS);
    }

    @Test
    @DisplayName("through a queue of capacity 2, the consumer receives every number 1..count exactly once")
    void capacityTwo() throws InterruptedException {
        sumsEveryNumber(2, MANY_HANDOFFS);
    }

    @Test
    @DisplayName("through a queue of capacity 16, the consumer receives every number 1..count exactly once")
    void capacitySixteen() throws InterruptedException {
        sumsEveryNumber(16, SUM_BEYOND_INT);
    }

    private static void sumsEveryNumber(int capacity, int most) throws InterruptedException {
        for (int count : new int[] {1, 2, 7, most}) {
            long expected = (long) count * (count + 1) / 2;
            assertThat(produceAndConsume(count, capacity))
                    .as("sum of 1..%d sent through a queue of capacity %d: a smaller sum means items were lost (is the last "
                            + "one consumed before the poison pill?) or the sum outgrew its type, a larger one that some were counted twice", count, capacity)
                    .isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("with nothing to produce, the consumer stops at the poison pill and the sum is 0")
    void nothingToProduce() throws InterruptedException {
        assertThat(produceAndConsume(0, 4)).as("produceAndConsume(0, 4)").isZero();
    }

    @Test
    @DisplayName("rejects a negative count and a queue capacity below 1, naming the argument")
    void rejectsBadArguments() {
        BadInput.checkAll(bad -> {
            bad.rejects("produceAndConsume(-1, 4)", () -> Pipeline.produceAndConsume(-1, 4), IllegalArgumentException.class, "count");
            bad.rejects("produceAndConsume(10, 0)", () -> Pipeline.produceAndConsume(10, 0),
                    IllegalArgumentException.class, "queueCapacity");
        });
    }

    /** Runs the pipeline on a test thread, so that a pipeline that never ends fails with a clear message. */
    private static long produceAndConsume(int count, int capacity) throws InterruptedException {
        return await(start("test-pipeline", () -> Pipeline.produceAndConsume(count, capacity)).future(), HANG,
                "produceAndConsume(" + count + ", " + capacity + ") (does the consumer stop at the poison pill, "
                        + "and does the producer send it?)");
    }
}
