package concurrency.q8;

import concurrency.q2.ProcessPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/** Squares computed on a process pool, timed for several pool sizes. */
public final class SquareTiming {
    private SquareTiming() {
    }

    public static List<Long> squares(int from, int to, int poolSize) {
        if (to < from) {
            throw new IllegalArgumentException("to must not be less than from, was to=" + to + ", from=" + from);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        List<Integer> numbers = IntStream.rangeClosed(from, to).boxed().toList();
        try (ProcessPool pool = new ProcessPool(poolSize)) {
            List<java.util.concurrent.Future<Long>> futures = new ArrayList<>();
            for (int n = from; n <= to; n++) {
                futures.add(pool.submit(x -> (long) x * x, n));
            }
            List<Long> squares = new ArrayList<>();
            for (java.util.concurrent.Future<Long> future : futures) {
                squares.add(future.get());
            }
            return squares;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while squaring " + from + ".." + to, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a square task failed", e.getCause());
        }
    }

    /** Runs in a worker JVM. A long: the square of an int can overflow an int. */
    private static Long square(Integer n) {
        return (long) n * n;
    }

    public static List<Timing> measure(int from, int to, List<Integer> poolSizes) {
        List<Long> expected = IntStream.rangeClosed(from, to).mapToObj(n -> (long) n * n).toList();
        List<Timing> timings = new ArrayList<>();
        for (int poolSize : poolSizes) {
            long start = System.nanoTime(); // squares starts the pool, maps, and closes the pool
            List<Long> results = squares(from, to, poolSize);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (!results.equals(expected)) {
                throw new IllegalStateException("a pool of " + poolSize + " computed " + results + ", expected " + expected);
            }
            timings.add(new Timing(poolSize, results, elapsed));
        }
        return timings;
    }

    public static void main(String[] args) {
        List<Timing> timings = measure(1, 10, List.of(2, 4, 8));
        System.out.println("size results time");
        timings.forEach(t -> System.out.println(t.poolSize() + " " + t.results() + " " + t.elapsed().toMillis() + " ms"));
    }
}
