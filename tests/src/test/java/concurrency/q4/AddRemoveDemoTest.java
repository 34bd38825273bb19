package concurrency.q4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import concurrency.testing.NoLeakedThreads;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q4")
@DisplayName("Q4 AddRemoveDemo")
@ExtendWith(NoLeakedThreads.class)
class AddRemoveDemoTest {

    @Test
    @DisplayName("the remover receives everything the adder added, in the same order")
    void removedEqualsAdded() {
        // Several runs: whether the remover ever finds the list empty depends on scheduling.
        for (int run = 0; run < 5; run++) {
            AddRemoveResult result = AddRemoveDemo.run(50_000, run);

            assertThat(result.added()).as("how many numbers the adder added").hasSize(50_000);
            assertThat(result.removed())
                    .as("the remover must wait for the next number when the list is empty, not give up: "
                            + "it must remove exactly what the adder added, in the same order")
                    .isEqualTo(result.added());
            assertThat(result.remaining()).as("numbers left in the list once both threads were joined").isEmpty();
        }
    }

    @Test
    @DisplayName("adds pseudo-random numbers between 1 and 100 that depend only on the seed")
    void numbersComeFromTheSeed() {
        AddRemoveResult first = AddRemoveDemo.run(200, 7);
        AddRemoveResult again = AddRemoveDemo.run(200, 7);
        AddRemoveResult other = AddRemoveDemo.run(200, 8);

        assertThat(first.added()).as("every added number must lie between 1 and 100").allMatch(n -> n >= 1 && n <= 100);
        assertThat(first.added()).as("the same seed must give the same numbers (use new Random(seed))")
                .isEqualTo(again.added());
        assertThat(first.added()).as("a different seed should give different numbers").isNotEqualTo(other.added());
    }

    @Test
    @DisplayName("run, called by an interrupted thread, still waits for both threads, returns everything and keeps the interrupt")
    void interruptedCallerStillGetsTheWholeResult() {
        AtomicReference<AddRemoveResult> result = new AtomicReference<>();
        boolean interruptedAfter;
        Thread.currentThread().interrupt();
        Throwable thrown;
        try {
            thrown = catchThrowable(() -> result.set(AddRemoveDemo.run(20_000, 3)));
        } finally {
            interruptedAfter = Thread.interrupted();
        }

        assertThat(thrown).as("AddRemoveDemo.run(20000, 3), called by a thread whose interrupt status was set, threw: "
                + "an interrupt of the caller must not cut run short (see the Javadoc of run)").isNull();
        assertThat(result.get().removed())
                .as("what run returned to an interrupted caller: it must still wait until both threads have ended, "
                        + "and the remover must have removed exactly what the adder added, in the same order")
                .hasSize(20_000).isEqualTo(result.get().added());
        assertThat(interruptedAfter)
                .as("the caller's interrupt status once run has returned: run must leave it set, so that the interrupt "
                        + "is not lost")
                .isTrue();
    }

    @Test
    @DisplayName("zero numbers: nothing added, nothing removed, nothing left")
    void zeroCount() {
        AddRemoveResult result = AddRemoveDemo.run(0, 1);
        assertThat(result.added()).as("added").isEmpty();
        assertThat(result.removed()).as("removed").isEmpty();
        assertThat(result.remaining()).as("remaining").isEmpty();
    }

    @Test
    @DisplayName("a negative count is rejected with a message naming count")
    void negativeCountRejected() {
        assertThatThrownBy(() -> AddRemoveDemo.run(-1, 1))
                .as("AddRemoveDemo.run(-1, 1)")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
    }
}
