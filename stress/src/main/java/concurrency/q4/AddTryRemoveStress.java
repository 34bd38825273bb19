package concurrency.q4;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * r1: what the remover got (-1 for empty); r2: the size afterwards.
 *
 * <p>Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q4\.AddTryRemoveStress$'}
 */
@JCStressTest
@State
@Description("One thread adds 2 to the list [1] while another removes: the remover must get 1, the oldest.")
@Outcome(id = "1, 1", expect = Expect.ACCEPTABLE, desc = "the remover got the oldest number, 1; 2 is left")
@Outcome(id = "2, 1", expect = Expect.FORBIDDEN,
        desc = "the remover got 2, the newer number, although 1 had been in the list all along: the oldest number "
                + "did not come out first")
@Outcome(id = "1, 2", expect = Expect.FORBIDDEN,
        desc = "the remover got 1, but the size afterwards was 2 instead of 1: the add and the removal overwrote each "
                + "other's update")
@Outcome(id = "-1, .*", expect = Expect.FORBIDDEN,
        desc = "the remover found the list empty although 1 was in it all along: it saw the list in the middle of the add")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "an add and a remove at the same time lost or duplicated a number")
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
