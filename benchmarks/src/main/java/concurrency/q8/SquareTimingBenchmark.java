package concurrency.q8;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Q8 times: the squares of 1..10 on a new pool of {@code poolSize} workers, from starting the
 * pool to closing it. The process pool is the reference {@link SquareTiming#squares} itself; the
 * thread pool does the same on an ExecutorService. One shot per iteration, as Q8 runs it once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class SquareTimingBenchmark {
    static final int FROM = 1;
    static final int TO = 10;

    @Param({"1", "2", "4", "8"})
    int poolSize;

    @Benchmark
    public List<Long> processPool() {
        return SquareTiming.squares(FROM, TO, poolSize);
    }

    @Benchmark
    public List<Long> threadPool() throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int n = FROM; n <= TO; n++) {
                long number = n;
                futures.add(pool.submit(() -> number * number));
            }
            List<Long> squares = new ArrayList<>();
            for (Future<Long> square : futures) {
                squares.add(square.get());
            }
            return squares;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
