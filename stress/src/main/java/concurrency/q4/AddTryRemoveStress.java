package concurrency.q4;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/** r1: what the remover got (-1 for empty); r2: the size afterwards. */
@JCStressTest
@State
@Description("One thread adds 2 to the list [1] while another removes: the remover must get 1, the oldest.")
@Outcome(id = "1, 1", expect = Expect.ACCEPTABLE, desc = "the remover got the oldest number, 1; 2 is left")
@Outcome(id = "2, 1", expect = Expect.FORBIDDEN,
        desc = "the remover got the newer number 2 although 1 was older: removal must take the head (FIFO)")
@Outcome(id = "1, 2", expect = Expect.FORBIDDEN,
        desc = "the remover got 1 but the list still counts two numbers: an update was lost — guard add and remove with one lock")
@Outcome(id = "-1, .*", expect = Expect.FORBIDDEN,
        desc = "the remover found the list empty although 1 was in it all along: add broke the list while it was being read — guard both with one lock")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "an add and a remove at the same time lost or duplicated a number — guard both with one lock")
public class AddTryRemoveStress {
    private final NumberList list = new NumberList();

    public AddTryRemoveStress() {
        list.add(1);
    }

    @Actor
    public void adder() {
        list.add(2);
    }

    @Actor
    public void remover(II_Result r) {
        r.r1 = list.tryRemove().orElse(-1);
    }

    @Arbiter
    public void size(II_Result r) {
        r.r2 = list.size();
    }
}
