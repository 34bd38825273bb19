package concurrency.q4;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * r1, r2: what each remover got (-1 for empty).
 *
 * <p>Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q4\.TryRemoveTwoStress$'}
 */
@JCStressTest
@State
@Description("Two threads remove from the list [1, 2]: each must get a different number.")
@Outcome(id = "1, 2", expect = Expect.ACCEPTABLE, desc = "the first remover got 1, the second got 2")
@Outcome(id = "2, 1", expect = Expect.ACCEPTABLE, desc = "the second remover got 1, the first got 2")
@Outcome(id = {"1, 1", "2, 2"}, expect = Expect.FORBIDDEN,
        desc = "both removers got the same number: an element was handed out twice")
@Outcome(id = {"-1, .*", ".*, -1"}, expect = Expect.FORBIDDEN,
        desc = "a remover found the list empty although it held two numbers")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "two removes at the same time got something that no one-after-the-other order gives: a number was lost or damaged")
public class TryRemoveTwoStress {
    private final NumberList list = new NumberList();

    public TryRemoveTwoStress() {
        list.add(1);
        list.add(2);
    }

    @Actor
    public void remover1(II_Result r) {
        r.r1 = list.tryRemove().orElse(-1);
    }

    @Actor
    public void remover2(II_Result r) {
        r.r2 = list.tryRemove().orElse(-1);
    }
}
