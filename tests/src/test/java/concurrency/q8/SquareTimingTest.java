package concurrency.q8;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.BadInput;
import concurrency.testing.NoLeakedProcesses;
import concurrency.testing.NoLeakedThreads;
import concurrency.testing.ProcessWatch;
import concurrency.testing.ProcessWatch.Sighting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q8")
@DisplayName("Q8 SquareTiming")
@ExtendWith({NoLeakedThreads.class, NoLeakedProcesses.class})
class SquareTimingTest {
    private static final List<Long> ONE_TO_TEN = List.of(1L, 4L, 9L, 16L, 25L, 36L, 49L, 64L, 81L, 100L);

    /** The main class of a Q2 worker JVM, as it shows in the worker's command line. */
    private static final String WORKER_CLASS = "concurrency.q2.Worker";

    /** A span that the workers were surely alive in, from the first one seen to the last one seen. */
    private static Duration aliveSpan(Collection<Sighting> workers) {
        long first = workers.stream().mapToLong(Sighting::firstSeenNanos).min().orElseThrow();
        long last = workers.stream().mapToLong(Sighting::lastSeenNanos).max().orElseThrow();
        return Duration.ofNanos(Math.max(0, last - first));
    }

    private static List<Long> expected(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> (long) n * n).toList();
    }

    @Test
    @DisplayName("squares is right, in order, for several ranges and pool sizes (also past where an int overflows)")
    void squaresAreRight() {
        assertThat(SquareTiming.squares(1, 10, 2)).as("squares(1, 10, 2)").containsExactlyElementsOf(ONE_TO_TEN);
        assertThat(SquareTiming.squares(-3, 3, 3)).as("squares(-3, 3, 3): one square per number, in the order of the numbers")
                .containsExactly(9L, 4L, 1L, 0L, 1L, 4L, 9L);
        assertThat(SquareTiming.squares(7, 7, 1)).as("squares(7, 7, 1)").containsExactly(49L);
        assertThat(SquareTiming.squares(99_999, 100_002, 2)).as("squares(99999, 100002, 2): 100000² does not fit in an int")
                .containsExactlyElementsOf(expected(99_999, 100_002));
    }

    @Test
    @DisplayName("squares rejects a to below from and a pool size below 1, naming the argument")
    void squaresRejectsBadInput() {
        BadInput.checkAll(bad -> {
            bad.rejects("squares(5, 4, 2)", () -> SquareTiming.squares(5, 4, 2), IllegalArgumentException.class, "to");
            bad.rejects("squares(1, 10, 0)", () -> SquareTiming.squares(1, 10, 0), IllegalArgumentException.class, "poolSize");
        });
    }

    @Test
    @DisplayName("squares runs on one Q2 ProcessPool of poolSize worker JVMs")
    void squaresUsesTheProcessPool() throws InterruptedException {
        List<Long> squares;
        ProcessWatch watch = ProcessWatch.start();
        try (watch) {
            squares = SquareTiming.squares(1, 10, 3);
        }
        assertThat(squares).as("squares(1, 10, 3)").containsExactlyElementsOf(ONE_TO_TEN);
        assertThat(watch.jvmsRunning(WORKER_CLASS).size()).as("worker JVMs (%s) seen while squares(1, 10, 3) ran: compute the"
                + " squares on a concurrency.q2.ProcessPool of poolSize workers, not in this JVM", WORKER_CLASS).isBetween(1, 3);
    }

    @Test
    @DisplayName("measure returns one Timing per pool size, in the given order, with verified results")
    void measureReturnsOneTimingPerSize() {
        List<Timing> timings = SquareTiming.measure(1, 5, List.of(3, 1, 2));

        assertThat(timings).as("measure(1, 5, [3, 1, 2])").extracting(Timing::poolSize).containsExactly(3, 1, 2);
        for (Timing timing : timings) {
            assertThat(timing.results()).as("the results of the pool of %d", timing.poolSize()).containsExactly(1L, 4L, 9L, 16L, 25L);
            assertThat(timing.elapsed()).as("the elapsed time of the pool of %d", timing.poolSize()).isPositive();
        }
    }

    @Test
    @DisplayName("measure's elapsed time covers starting the pool, the map and closing the pool")
    void elapsedCoversStartAndClose() throws InterruptedException {
        List<Timing> timings;
        ProcessWatch watch = ProcessWatch.start();
        try (watch) {
            timings = SquareTiming.measure(1, 10, List.of(2));
        }
        assertThat(timings).as("measure(1, 10, [2])").hasSize(1);
        Collection<Sighting> workers = watch.jvmsRunning(WORKER_CLASS).values();
        assertThat(workers).as("worker JVMs (%s) seen while measure(1, 10, [2]) ran", WORKER_CLASS).isNotEmpty();
        Duration alive = aliveSpan(workers);
        assertThat(timings.get(0).elapsed()).as("the workers were alive for at least %d ms, so the pool's start, map and close"
                + " took at least that long: start the clock before creating the pool and stop it after closing it",
                alive.toMillis()).isGreaterThanOrEqualTo(alive);
    }

    @Test
    @DisplayName("main prints one line per pool size 2, 4, 8 with the squares of 1..10 and the time in ms")
    void mainPrintsTheTable() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            SquareTiming.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        Pattern row = Pattern.compile("^\\s*(\\d+)\\s+(\\[[-\\d, ]*\\])\\s+(\\d+) ms\\s*$");
        List<Matcher> rows = printed.lines().map(row::matcher).filter(Matcher::matches).toList();

        assertThat(rows).as("the table rows (pool size, results, time in ms) in what main printed:%n%s", printed)
                .extracting(m -> Integer.parseInt(m.group(1))).containsExactly(2, 4, 8);
        for (Matcher m : rows) {
            assertThat(m.group(2)).as("the results printed for the pool of %s", m.group(1)).isEqualTo(ONE_TO_TEN.toString());
        }
    }
}
