package concurrency.q4;

import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/** r1: what the waiting remover got (-1 for empty, -2 for an exception); r2: the size afterwards. */
@JCStressTest
@State
@Description("A remover waits up to 5 s on an empty list while another thread adds 1: it must wake up and take it.")
@Outcome(id = "1, 0", expect = Expect.ACCEPTABLE, desc = "the remover waited for the number and took it")
@Outcome(id = "-1, 1", expect = Expect.FORBIDDEN,
        desc = "the remover gave up although a number arrived while it waited: it must wait on a Condition and the adder must signal it")
@Outcome(id = "-2, .*", expect = Expect.FORBIDDEN,
        desc = "removeWithin threw an exception while another thread added")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a waiting remove and an add at the same time lost or duplicated the number — guard both with one lock")
public class RemoveWithinAddStress {
    /** Far longer than the add can take even on a loaded machine: only a missed wake-up reaches it. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final NumberList list = new NumberList();

    @Actor
    public void adder() {
        list.add(1);
    }

    @Actor
    public void remover(II_Result r) {
        try {
            r.r1 = list.removeWithin(PATIENCE).orElse(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.r1 = -2;
        }
    }

    @Arbiter
    public void size(II_Result r) {
        r.r2 = list.size();
    }
}
