package concurrency.q7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import concurrency.testing.BadInput;
import concurrency.testing.NoLeakedThreads;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q7")
@DisplayName("Q7 Factorials")
@ExtendWith(NoLeakedThreads.class)
class FactorialsTest {

    /** n! by the definition, one multiplication at a time. */
    private static BigInteger expected(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(BigInteger::valueOf).reduce(BigInteger.ONE, BigInteger::multiply);
    }

    @Test
    @DisplayName("factorial is exact from 0! = 1 up to 30!, past where long overflows (21!)")
    void factorialIsExact() {
        assertThat(Factorials.factorial(0)).as("0! is 1 by definition").isEqualTo(BigInteger.ONE);
        for (int n = 1; n <= 30; n++) {
            assertThat(Factorials.factorial(n)).as("%d! (from 21! on, a long overflows: use BigInteger)", n)
                    .isEqualTo(expected(n));
        }
        assertThat(Factorials.factorial(100)).as("100! (158 digits)").isEqualTo(expected(100));
    }

    @Test
    @DisplayName("factorial rejects a negative n, naming it")
    void factorialRejectsNegative() {
        BadInput.checkAll(bad -> bad.rejects("factorial(-1)", () -> Factorials.factorial(-1), IllegalArgumentException.class, "n"));
    }

    @Test
    @DisplayName("compute(1, 10, 4) gives 1! to 10!, keys ascending from 1 to 10")
    void computesOneToTen() throws InterruptedException {
        SortedMap<Integer, BigInteger> results = Factorials.compute(1, 10, 4);

        assertThat(results.keySet()).as("the keys must be exactly 1..10, ascending").containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        results.forEach((n, value) -> assertThat(value).as("%d!", n).isEqualTo(expected(n)));
    }

    @Test
    @DisplayName("compute is exact for 0..30 with three threads, and with a single thread for one number and for ten")
    void computesWiderRanges() throws InterruptedException {
        SortedMap<Integer, BigInteger> results = Factorials.compute(0, 30, 3);
        assertThat(results.keySet()).as("keys of compute(0, 30, 3)").containsExactlyElementsOf(IntStream.rangeClosed(0, 30).boxed().toList());
        results.forEach((n, value) -> assertThat(value).as("%d! from compute(0, 30, 3)", n).isEqualTo(expected(n)));

        assertThat(Factorials.compute(25, 25, 1)).as("compute(25, 25, 1): one number on one thread")
                .containsOnlyKeys(25).containsEntry(25, expected(25));
        SortedMap<Integer, BigInteger> oneThread = Factorials.compute(1, 10, 1);
        assertThat(oneThread.keySet()).as("keys of compute(1, 10, 1): ten tasks queued on a single thread")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        oneThread.forEach((n, value) -> assertThat(value).as("%d! from compute(1, 10, 1)", n).isEqualTo(expected(n)));
    }

    @Test
    @DisplayName("compute rejects a negative from, a to below from, and fewer than one thread, naming the argument")
    void computeRejectsBadInput() {
        BadInput.checkAll(bad -> {
            bad.rejects("compute(-1, 5, 2)", () -> Factorials.compute(-1, 5, 2), IllegalArgumentException.class, "from");
            bad.rejects("compute(5, 4, 2)", () -> Factorials.compute(5, 4, 2), IllegalArgumentException.class, "to");
            bad.rejects("compute(1, 10, 0)", () -> Factorials.compute(1, 10, 0), IllegalArgumentException.class, "threads");
        });
    }

    @Test
    @DisplayName("a task that throws makes compute throw, with the task's exception as the cause, and the pool still shuts down")
    void aFailingTaskReachesTheCaller() throws Exception {
        Method compute = FailingTask.factorialsWithAFailingTask().getMethod("compute", int.class, int.class, int.class);

        Throwable invoking = catchThrowable(() -> compute.invoke(null, 1, 10, 2));
        assertThat(invoking).as("compute(1, 10, 2) returned normally although the task for %d! threw: each task must "
                + "compute its number with factorial(n), and compute must take every result from its Future (get() "
                + "throws ExecutionException when the task failed) instead of losing the failure", FailingTask.FAILING)
                .isNotNull();
        Throwable thrown = invoking instanceof InvocationTargetException e ? e.getCause() : invoking;
        assertThat(causes(thrown)).as("what compute(1, 10, 2) threw (%s), with its causes: the task's own exception must be "
                + "among them, so that the caller learns what went wrong", thrown)
                .anyMatch(FailingTask.Injected.class::isInstance);
        // NoLeakedThreads then checks that the pool was shut down on this failure path too.
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    @Test
    @DisplayName("main prints \"Factorial of n is n!\" for n = 1 to 10, in order")
    void mainPrintsTheTable() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Factorials.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()))
                .as("what main printed, line by line")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(n -> "Factorial of " + n + " is " + expected(n)).toList());
    }
}
