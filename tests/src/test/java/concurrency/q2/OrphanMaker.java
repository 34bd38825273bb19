package concurrency.q2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;

/**
 * The JVM that {@link ProcessPoolTest} kills: it makes a pool of two workers, keeps one of them busy
 * with a task that never ends, prints the workers' pids and waits to be killed.
 */
public final class OrphanMaker {
    static final String STARTED = "busy-task-started";

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ProcessPool pool = new ProcessPool(2);
        Future<String> busy = pool.submit(OrphanMaker::runForever, dir.toString());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(dir.resolve(STARTED)) && !busy.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        System.out.println("workers " + String.join(" ", pool.workerPids().stream().map(String::valueOf).toList()));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // until the test kills this JVM: the pool is never closed
    }

    /** Runs in a worker: says it has started, then keeps its worker busy for good. */
    static String runForever(String dir) throws IOException, InterruptedException {
        Files.createFile(Path.of(dir, STARTED));
        while (true) {
            Thread.sleep(1_000);
        }
    }
}
