// KNOWN-GOOD ALTERNATIVE (grader corpus) — see NumberList.java. The demo uses two raw threads,
// records each thread's failure in its own slot of an array and joins both (uninterruptibly)
// before it reads anything the threads wrote.
package concurrency.q4;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/** Runs one adder thread and one remover thread against the same {@link NumberList}. */
public final class AddRemoveDemo {
    /** If no number arrives for this long, the adder must have died. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private AddRemoveDemo() {
    }

    public static AddRemoveResult run(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        NumberList list = new NumberList();
        List<Integer> added = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        // errors[0] is written only by the adder, errors[1] only by the remover; read after join.
        Throwable[] errors = new Throwable[2];

        Thread adder = new Thread(() -> {
            try {
                Random random = new Random(seed);
                for (int i = 0; i < count; i++) {
                    int number = random.nextInt(100) + 1;
                    added.add(number);
                    list.add(number);
                }
            } catch (Throwable t) {
                errors[0] = t;
            }
        }, "q4-adder");
        Thread remover = new Thread(() -> {
            try {
                while (removed.size() < count) {
                    OptionalInt number = list.removeWithin(MAX_WAIT);
                    if (number.isEmpty()) {
                        throw new IllegalStateException("waited " + MAX_WAIT + " for a number that never came");
                    }
                    removed.add(number.getAsInt());
                }
            } catch (Throwable t) {
                errors[1] = t;
            }
        }, "q4-remover");

        remover.start();
        adder.start();
        boolean interrupted = false;
        for (Thread thread : List.of(adder, remover)) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // finish waiting first, then restore the flag
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }

        for (Throwable error : errors) {
            if (error != null) {
                throw new IllegalStateException("a demo thread failed: " + error, error);
            }
        }
        return new AddRemoveResult(added, removed, list.snapshot());
    }

    public static void main(String[] args) {
        AddRemoveResult result = run(10, 42);
        System.out.println("added:     " + result.added());
        System.out.println("removed:   " + result.removed());
        System.out.println("remaining: " + result.remaining());
    }
}
