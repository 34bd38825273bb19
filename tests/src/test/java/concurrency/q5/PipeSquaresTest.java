package concurrency.q5;

import static concurrency.testing.Concurrently.await;
import static concurrency.testing.Concurrently.start;
import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.BadInput;
import concurrency.testing.NoLeakedProcesses;
import concurrency.testing.NoLeakedThreads;
import concurrency.testing.ProcessWatch;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q5")
@DisplayName("Q5 PipeSquares")
@ExtendWith({NoLeakedThreads.class, NoLeakedProcesses.class})
class PipeSquaresTest {
    /** Starting a JVM takes a fraction of a second; this only catches a child that never answers. */
    private static final Duration CHILD_HANG = Duration.ofSeconds(20);

    @Test
    @DisplayName("returns the square of every number, in order, as a long (no int overflow); none for an empty list")
    void squaresInOrder() throws InterruptedException {
        List<Integer> numbers = List.of(3, -4, 0, 1, 46_341, Integer.MAX_VALUE, Integer.MIN_VALUE);
        assertThat(squaresInChild(numbers)).as("squaresInChild(%s)", numbers)
                .containsExactly(9L, 16L, 0L, 1L, 2_147_488_281L, 4_611_686_014_132_420_609L, 4_611_686_018_427_387_904L);
        assertThat(squaresInChild(List.of())).as("squaresInChild(List.of())").isEmpty();
    }

    @Test
    @DisplayName("the squares are computed in a child JVM, a process other than this one, that is waited for")
    void computesInAChildJvm() throws InterruptedException {
        List<Long> squares;
        try (ProcessWatch watch = ProcessWatch.start()) {
            squares = squaresInChild(List.of(5, 6, 7));
            watch.close();
            assertThat(watch.childProcessesRan())
                    .as("whether a child process ran while squaresInChild worked (this JVM is pid %d): start a child JVM "
                            + "with ProcessBuilder, let it do the squaring, and wait for it", ProcessHandle.current().pid())
                    .isTrue();
        }
        assertThat(squares).as("squaresInChild(List.of(5, 6, 7))").containsExactly(25L, 36L, 49L);
    }

    @Test
    @DisplayName("a long list streams through the pipes without getting stuck (parent writes and reads at the same time)")
    void manyNumbersDoNotFillThePipes() throws InterruptedException {
        List<Integer> numbers = IntStream.rangeClosed(-30_000, 30_000).boxed().toList();
        List<Long> squares = squaresInChild(numbers);
        assertThat(squares).as("the squares of -30000..30000").hasSize(numbers.size());
        long[] expected = numbers.stream().mapToLong(n -> (long) n * n).toArray();
        assertThat(squares.stream().mapToLong(Long::longValue).toArray()).as("the squares of -30000..30000, in order")
                .containsExactly(expected);
    }

    @Test
    @DisplayName("rejects a null list or a null number, naming the argument")
    void rejectsNull() {
        BadInput.checkAll(bad -> {
            bad.rejects("squaresInChild(null)", () -> PipeSquares.squaresInChild(null), NullPointerException.class, "numbers");
            bad.rejects("squaresInChild([1, null])", () -> PipeSquares.squaresInChild(Arrays.asList(1, null)),
                    NullPointerException.class);
        });
    }

    private static List<Long> squaresInChild(List<Integer> numbers) throws InterruptedException {
        return await(start("test-squares", () -> PipeSquares.squaresInChild(numbers)).future(), CHILD_HANG,
                "squaresInChild (with " + numbers.size() + " numbers); a parent that writes everything before it reads, "
                        + "or a child that never flushes or never sees the end of its input, waits forever");
    }
}
