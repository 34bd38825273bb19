package concurrency.q5;

import static concurrency.testing.Concurrently.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.NoLeakedThreads;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q5")
@DisplayName("Q5 AtomicCounter")
@ExtendWith(NoLeakedThreads.class)
class AtomicCounterTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 40;
    private static final int PER_ROUND = 250_000;

    @Test
    @DisplayName("starts at 0; incrementAndGet returns the new value and get reads it")
    void countsOneByOne() {
        AtomicCounter counter = new AtomicCounter();
        assertThat(counter.get()).as("get on a new counter").isZero();
        assertThat(List.of(counter.incrementAndGet(), counter.incrementAndGet(), counter.incrementAndGet()))
                .as("three incrementAndGet calls return the value after each increment").containsExactly(1L, 2L, 3L);
        assertThat(counter.get()).as("get after three increments").isEqualTo(3);
    }

    @Test
    @DisplayName("many threads incrementing at once lose no update, and each increment gets its own value")
    void losesNoUpdateUnderContention() throws InterruptedException {
        AtomicCounter counter = new AtomicCounter();
        // Rounds that start together keep the threads overlapping even when one round fits in a time slice.
        CyclicBarrier round = new CyclicBarrier(THREADS);
        List<Long> sums = runTogether(THREADS, thread -> () -> {
            long sum = 0;
            for (int r = 0; r < ROUNDS; r++) {
                round.await();
                for (int i = 0; i < PER_ROUND; i++) {
                    sum += counter.incrementAndGet();
                }
            }
            return sum;
        });

        long total = (long) THREADS * ROUNDS * PER_ROUND;
        assertThat(counter.get()).as("%d threads each incremented %d times at the same time; a smaller count means two "
                + "increments read the same old value (count++ is read, add, write: use an AtomicLong)", THREADS, ROUNDS * PER_ROUND)
                .isEqualTo(total);
        assertThat(sums.stream().mapToLong(Long::longValue).sum())
                .as("the sum of everything incrementAndGet returned, which must be 1 + 2 + ... + %d: each increment must "
                        + "return the value it produced, read in the same atomic step", total)
                .isEqualTo(total * (total + 1) / 2);
    }
}
