package concurrency.q5;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Four threads on one buffer of capacity 1: consumer 1 starts waiting at once; consumer 2 and the
 * two producers start together on the signal. jcstress schedules at most as many actors as there
 * are CPUs, so the actor starts the other three threads itself and waits for all of them; the
 * test then terminates exactly when all four threads finish. Puts and takes balance, so a correct
 * buffer always lets them finish. With one Condition for producers and consumers, a take's
 * signal() can wake the other consumer instead of the waiting producer, and both then wait
 * forever (STALE). With an if instead of a while, a woken consumer can take from a buffer that
 * another consumer has just emptied (ERROR).
 *
 * <p>Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q5\.TwoProducersTwoConsumersStress$'}
 */
@JCStressTest(Mode.Termination)
@State
@Description("Two producers put 1 and 2 into a buffer of capacity 1 while two consumers take from it, all at once: "
        + "each consumer must get one of the two items, and all four threads must finish.")
@Outcome(id = "TERMINATED", expect = Expect.ACCEPTABLE, desc = "all four threads finished; the consumers got 1 and 2")
@Outcome(id = "STALE", expect = Expect.FORBIDDEN,
        desc = "threads waited forever although there were as many puts as takes: a wake-up went to a thread that "
                + "could not go on, while the one that could kept waiting")
@Outcome(id = "ERROR", expect = Expect.FORBIDDEN,
        desc = "a consumer got null, or both consumers got the same item (or put or take threw)")
public class TwoProducersTwoConsumersStress {
    private final BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
    private final CountDownLatch go = new CountDownLatch(1);

    @Actor
    public void fourThreads() throws Exception {
        AtomicReference<Integer> taken2 = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer1 = helper("producer1", () -> buffer.put(1), failure);
        Thread producer2 = helper("producer2", () -> buffer.put(2), failure);
        Thread consumer2 = helper("consumer2", () -> taken2.set(buffer.take()), failure);

        Integer taken1 = buffer.take();

        producer1.join();
        producer2.join();
        consumer2.join();
        if (failure.get() != null) {
            throw new IllegalStateException("put or take threw", failure.get());
        }
        Integer other = taken2.get();
        boolean oneEach = taken1 != null && other != null && taken1 + other == 3 && !taken1.equals(other);
        if (!oneEach) {
            throw new IllegalStateException("the consumers got " + taken1 + " and " + other);
        }
    }

    @Signal
    public void start() {
        go.countDown();
    }

    private interface Step {
        void run() throws InterruptedException;
    }

    /** A thread that waits for the signal, then does its one step. */
    private Thread helper(String name, Step step, AtomicReference<Throwable> failure) {
        Thread thread = new Thread(() -> {
            try {
                go.await();
                step.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
