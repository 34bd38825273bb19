package concurrency.q5;

import static concurrency.testing.Concurrently.HANG;
import static concurrency.testing.Concurrently.await;
import static concurrency.testing.Concurrently.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import concurrency.testing.NoLeakedThreads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("q5")
@DisplayName("Q5 Pipeline")
@ExtendWith(NoLeakedThreads.class)
class PipelineTest {

    @ParameterizedTest(name = "count {0}, queue capacity {1}")
    @CsvSource({"1, 1", "2, 1", "10, 2", "100000, 1", "100000, 2", "100000, 16", "7, 16"})
    @DisplayName("the consumer receives every number 1..count exactly once, whatever the queue's capacity")
    void sumsEveryNumber(int count, int capacity) throws InterruptedException {
        long expected = (long) count * (count + 1) / 2;
        assertThat(produceAndConsume(count, capacity))
                .as("sum of 1..%d sent through a queue of capacity %d: a smaller sum means items were lost (is the last "
                        + "one consumed before the poison pill?), a larger one that some were counted twice", count, capacity)
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("with nothing to produce, the consumer stops at the poison pill and the sum is 0")
    void nothingToProduce() throws InterruptedException {
        assertThat(produceAndConsume(0, 4)).as("produceAndConsume(0, 4)").isZero();
    }

    @Test
    @DisplayName("rejects a negative count and a queue capacity below 1, naming the argument")
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Pipeline.produceAndConsume(-1, 4)).as("produceAndConsume(-1, 4)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> Pipeline.produceAndConsume(10, 0)).as("produceAndConsume(10, 0)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queueCapacity");
    }

    /** Runs the pipeline on a test thread, so that a pipeline that never ends fails with a clear message. */
    private static long produceAndConsume(int count, int capacity) throws InterruptedException {
        return await(start("test-pipeline", () -> Pipeline.produceAndConsume(count, capacity)).future(), HANG,
                "produceAndConsume(" + count + ", " + capacity + ") (does the consumer stop at the poison pill, "
                        + "and does the producer send it?)");
    }
}
