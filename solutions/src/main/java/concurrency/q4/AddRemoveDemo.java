package concurrency.q4;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/** One thread adds numbers to a {@link NumberList} while another removes them. */
public final class AddRemoveDemo {
    /** How long the remover waits for one number before it concludes the adder died. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private AddRemoveDemo() {
    }

    /**
     * Runs the adder and the remover and returns once both have ended. An interrupt of the caller
     * does not cut this short: it waits on and leaves the interrupt status set. A failed thread
     * (it threw, was interrupted, or the remover waited {@code PATIENCE} in vain) makes it throw
     * {@link IllegalStateException} with that failure as the cause.
     */
    public static AddRemoveResult run(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        NumberList list = new NumberList();
        List<Integer> added = new ArrayList<>(count);
        List<Integer> removed = new ArrayList<>(count);
        AtomicReference<Throwable> failure = new AtomicReference<>();

        Thread adder = new Thread(() -> {
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                int number = 1 + random.nextInt(100);
                added.add(number);
                list.add(number);
            }
        }, "adder");
        Thread remover = new Thread(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    OptionalInt number = list.removeWithin(PATIENCE);
                    if (number.isEmpty()) {
                        throw new IllegalStateException("no number arrived within " + PATIENCE);
                    }
                    removed.add(number.getAsInt());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            }
        }, "remover");
        Thread.UncaughtExceptionHandler recordFailure = (thread, error) -> failure.compareAndSet(null, error);
        adder.setUncaughtExceptionHandler(recordFailure);
        remover.setUncaughtExceptionHandler(recordFailure);

        adder.start();
        remover.start();
        joinUninterruptibly(adder);
        joinUninterruptibly(remover);
        if (failure.get() != null) {
            throw new IllegalStateException("a demo thread failed", failure.get());
        }
        // join() is a happens-before edge: both lists are safely visible here.
        return new AddRemoveResult(added, removed, list.snapshot());
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        AddRemoveResult result = run(10, 42);
        System.out.println("added:     " + result.added());
        System.out.println("removed:   " + result.removed());
        System.out.println("remaining: " + result.remaining());
    }
}
