// KNOWN-GOOD ALTERNATIVE (grader corpus) — see NumberList.java. The demo runs the adder and the
// remover as two tasks on an ExecutorService with two threads, collects their lists from the
// Futures, and shuts the pool down and waits for its termination before it returns.
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** One task adds numbers to a {@link NumberList} while another removes them. */
public final class AddRemoveDemo {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private AddRemoveDemo() {
    }

    public static AddRemoveResult run(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0: " + count);
        }
        NumberList list = new NumberList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Integer>> adding = pool.submit(() -> {
                Random random = new Random(seed);
                List<Integer> added = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    int number = 1 + random.nextInt(100);
                    added.add(number);
                    list.add(number);
                }
                return added;
            });
            Future<List<Integer>> removing = pool.submit(() -> {
                List<Integer> removed = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    OptionalInt number = list.removeWithin(PATIENCE);
                    removed.add(number.orElseThrow(
                            () -> new IllegalStateException("no number arrived within " + PATIENCE)));
                }
                return removed;
            });
            List<Integer> added = resultOf(adding);
            List<Integer> removed = resultOf(removing);
            // Both tasks are complete here (Future.get), so the list holds what they left behind.
            return new AddRemoveResult(added, removed, list.snapshot());
        } finally {
            shutDownAndWait(pool);
        }
    }

    /** Future.get, but an interrupt does not stop the wait: it is remembered and restored. */
    private static <T> T resultOf(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a demo task failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the pool (interrupting a task that is still waiting, if the other one failed) and waits for its threads to end. */
    private static void shutDownAndWait(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) {
        AddRemoveResult result = run(10, 42);
        System.out.println("added:     " + result.added());
        System.out.println("removed:   " + result.removed());
        System.out.println("remaining: " + result.remaining());
    }
}
