package concurrency.q2;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tasks per second through a started pool: the squares of 0..99 999 in one map. The pool lives for
 * the whole trial, so start-up is left out and the workers are warm. The thread pool has no map:
 * one task per number through invokeAll, its idiomatic equivalent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(MapThroughputBenchmark.TASKS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class MapThroughputBenchmark {
    static final int TASKS = 100_000;

    @Param({"4"})
    int workers;

    private final List<Integer> numbers = IntStream.range(0, TASKS).boxed().toList();
    private ProcessPool processPool;
    private ExecutorService threadPool;

    @Setup
    public void startPools() {
        processPool = new ProcessPool(workers);
        threadPool = Executors.newFixedThreadPool(workers);
    }

    @Benchmark
    public List<Long> processPool() throws InterruptedException, ExecutionException {
        return processPool.map(Squares::square, numbers);
    }

    @Benchmark
    public List<Long> threadPool() throws InterruptedException, ExecutionException {
        List<Callable<Long>> tasks = new ArrayList<>(TASKS);
        for (Integer n : numbers) {
            tasks.add(() -> Squares.square(n));
        }
        List<Long> squares = new ArrayList<>(TASKS);
        for (Future<Long> square : threadPool.invokeAll(tasks)) {
            squares.add(square.get());
        }
        return squares;
    }

    @TearDown
    public void closePools() throws InterruptedException {
        processPool.close();
        threadPool.shutdown();
        threadPool.awaitTermination(1, TimeUnit.MINUTES);
    }
}
