package concurrency.q4;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q4\.RemoveWithinWakeUpStress$'}
 */
@JCStressTest(Mode.Termination)
@State
@Description("A remover waits (with a timeout of a day) on an empty list while another thread adds a number: "
        + "the add must wake it up, whether it comes just before or just after the remover starts waiting.")
@Outcome(id = "TERMINATED", expect = Expect.ACCEPTABLE, desc = "the add woke the waiting remover, which took the number")
@Outcome(id = "STALE", expect = Expect.FORBIDDEN,
        desc = "the remover kept waiting although a number had arrived: the add's wake-up never reached it (a lost wake-up)")
@Outcome(id = "ERROR", expect = Expect.FORBIDDEN,
        desc = "removeWithin returned without the number (or threw) although a number arrived while it waited")
public class RemoveWithinWakeUpStress {
    private final NumberList list = new NumberList();

    @Actor
    public void remover() throws InterruptedException {
        if (list.removeWithin(Duration.ofDays(1)).isEmpty()) {
            throw new IllegalStateException("removeWithin returned empty although a number was added");
        }
    }

    @Signal
    public void adder() {
        list.add(1);
    }
}
