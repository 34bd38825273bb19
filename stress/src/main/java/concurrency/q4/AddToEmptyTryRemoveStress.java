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
 * <p>Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q4\.AddToEmptyTryRemoveStress$'}
 */
@JCStressTest
@State
@Description("One thread adds 1 to an empty list while another removes: the number is either taken or left, never both or neither.")
@Outcome(id = "1, 0", expect = Expect.ACCEPTABLE, desc = "the remover came second and took the number")
@Outcome(id = "-1, 1", expect = Expect.ACCEPTABLE, desc = "the remover came first and found the list empty; the number stays")
@Outcome(id = "1, 1", expect = Expect.FORBIDDEN,
        desc = "the remover got the number, but the list still holds it: the same number could be handed out twice")
@Outcome(id = "-1, 0", expect = Expect.FORBIDDEN,
        desc = "the remover found nothing, yet the list is empty afterwards: the added number was lost")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "an add and a remove at the same time gave a result that neither order of the two explains")
public class AddToEmptyTryRemoveStress {
    private final NumberList list = new NumberList();

    @Actor
    public void adder() {
        list.add(1);
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
