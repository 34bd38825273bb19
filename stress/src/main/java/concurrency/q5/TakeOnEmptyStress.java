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
 * Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q5\.TakeOnEmptyStress$'}
 */
@JCStressTest(Mode.Termination)
@State
@Description("A consumer takes from an empty buffer of capacity 1 while another thread puts 7: the put must wake "
        + "the waiting take, which must return 7.")
@Outcome(id = "TERMINATED", expect = Expect.ACCEPTABLE, desc = "the put woke the waiting take, which got the item")
@Outcome(id = "STALE", expect = Expect.FORBIDDEN,
        desc = "the take kept waiting although an item had arrived: its wake-up was lost")
@Outcome(id = "ERROR", expect = Expect.FORBIDDEN,
        desc = "put or take threw, or take returned something other than the item that was put (7)")
public class TakeOnEmptyStress {
    private final BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);

    @Actor
    public void consumer() throws InterruptedException {
        Integer taken = buffer.take();
        if (taken == null || taken != 7) {
            throw new IllegalStateException("take returned " + taken + " instead of 7");
        }
    }

    @Signal
    public void producer() throws InterruptedException {
        buffer.put(7);
    }
}
