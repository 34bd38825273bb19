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
 * <p>Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q4\.TryRemoveOneStress$'}
 */
@JCStressTest
@State
@Description("Two threads remove from the list [1]: exactly one of them may get the number.")
@Outcome(id = "1, -1", expect = Expect.ACCEPTABLE, desc = "the first remover got the number, the second found the list empty")
@Outcome(id = "-1, 1", expect = Expect.ACCEPTABLE, desc = "the second remover got the number, the first found the list empty")
@Outcome(id = "1, 1", expect = Expect.FORBIDDEN,
        desc = "both removers got the number 1: the same number was handed out twice")
@Outcome(id = "-1, -1", expect = Expect.FORBIDDEN,
        desc = "neither remover got the number: it was lost")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "two removes at the same time got something that no one-after-the-other order gives")
public class TryRemoveOneStress {
    private final NumberList list = new NumberList();

    public TryRemoveOneStress() {
        list.add(1);
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
