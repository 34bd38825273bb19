package concurrency.q5;

import static concurrency.testing.Concurrently.runTogether;
import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.NoLeakedThreads;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q5")
@DisplayName("Q5 AtomicCounter")
@ExtendWith(NoLeakedThreads.class)
class AtomicCounterTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 250_000;

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
        List<long[]> returned = runTogether(THREADS, thread -> () -> {
            long[] mine = new long[PER_THREAD];
            for (int i = 0; i < PER_THREAD; i++) {
                mine[i] = counter.incrementAndGet();
            }
            return mine;
        });

        long total = (long) THREADS * PER_THREAD;
        assertThat(counter.get()).as("%d threads each incremented %d times at the same time; a smaller count means two "
                + "increments read the same old value (count++ is read, add, write: use an AtomicLong)", THREADS, PER_THREAD)
                .isEqualTo(total);
        BitSet values = new BitSet();
        long duplicates = 0;
        for (long[] mine : returned) {
            for (long value : mine) {
                if (value < 1 || value > total || values.get((int) value)) {
                    duplicates++;
                } else {
                    values.set((int) value);
                }
            }
        }
        assertThat(duplicates).as("incrementAndGet results that were out of range or returned twice: each increment "
                + "must return the value it produced, read in the same atomic step").isZero();
    }
}
