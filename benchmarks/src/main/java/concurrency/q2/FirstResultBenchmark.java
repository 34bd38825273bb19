package concurrency.q2;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From creating a pool to holding the result of its first task (a square), what a short-lived pool
 * pays before it is of any use. One shot per iteration: a warm pool would measure nothing. Closing
 * the pool is not measured (it happens in the tear-down).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class FirstResultBenchmark {
    @Param({"1", "2", "4", "8"})
    int workers;

    private ProcessPool processPool;
    private ExecutorService threadPool;

    @Benchmark
    public Long processPool() throws Exception {
        processPool = new ProcessPool(workers);
        return processPool.submit(Squares::square, 1).get();
    }

    @Benchmark
    public Long threadPool() throws Exception {
        threadPool = Executors.newFixedThreadPool(workers);
        return threadPool.submit(() -> Squares.square(1)).get();
    }

    @TearDown(Level.Iteration)
    public void closePools() throws InterruptedException {
        if (processPool != null) {
            processPool.close();
            processPool = null;
        }
        if (threadPool != null) {
            threadPool.shutdown();
            threadPool.awaitTermination(1, TimeUnit.MINUTES);
            threadPool = null;
        }
    }
}
