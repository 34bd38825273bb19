package concurrency.q5;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q5\.PutOnFullStress$'}
 */
@JCStressTest(Mode.Termination)
@State
@Description("A producer puts 2 into a full buffer of capacity 1 (it holds 1) while another thread takes: the take "
        + "must get 1 and make room, and the waiting put must then finish.")
@Outcome(id = "TERMINATED", expect = Expect.ACCEPTABLE, desc = "the take made room and woke the waiting put, which finished")
@Outcome(id = "STALE", expect = Expect.FORBIDDEN,
        desc = "the put kept waiting although the take had made room: its wake-up was lost")
@Outcome(id = "ERROR", expect = Expect.FORBIDDEN,
        desc = "put or take threw, or take did not return the oldest item (1) of the full buffer")
public class PutOnFullStress {
    private final BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);

    public PutOnFullStress() {
        try {
            buffer.put(1);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Actor
    public void producer() throws InterruptedException {
        buffer.put(2);
    }

    @Signal
    public void consumer() throws InterruptedException {
        Integer taken = buffer.take();
        if (taken == null || taken != 1) {
            throw new IllegalStateException("take returned " + taken + " instead of 1");
        }
    }
}
