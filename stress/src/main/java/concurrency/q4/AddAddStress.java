package concurrency.q4;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

/**
 * Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q4\.AddAddStress$'}
 */
@JCStressTest
@State
@Description("Two threads add at the same time: both numbers must be in the list.")
@Outcome(id = "\\[1, 2\\]", expect = Expect.ACCEPTABLE, desc = "both numbers are in the list, 1 first")
@Outcome(id = "\\[2, 1\\]", expect = Expect.ACCEPTABLE, desc = "both numbers are in the list, 2 first")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "after two adds at the same time, a number is missing or wrong: one add overwrote the other")
public class AddAddStress {
    private final NumberList list = new NumberList();

    @Actor
    public void adder1() {
        list.add(1);
    }

    @Actor
    public void adder2() {
        list.add(2);
    }

    @Arbiter
    public void contents(L_Result r) {
        r.r1 = list.snapshot().toString();
    }
}
