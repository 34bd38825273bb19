package concurrency.q4;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LI_Result;

/**
 * r1: the snapshot; r2: the size read right after it by the same thread.
 *
 * <p>Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q4\.AddSnapshotStress$'}
 */
@JCStressTest
@State
@Description("A snapshot and a size taken while another thread adds must show the list before or after the add.")
@Outcome(id = "\\[1\\], 1", expect = Expect.ACCEPTABLE, desc = "the snapshot and the size were both taken before the add")
@Outcome(id = "\\[1\\], 2", expect = Expect.ACCEPTABLE, desc = "the snapshot was taken before the add, the size after it")
@Outcome(id = "\\[1, 2\\], 2", expect = Expect.ACCEPTABLE, desc = "the snapshot and the size were both taken after the add")
@Outcome(id = "\\[1, 2\\], 1", expect = Expect.FORBIDDEN,
        desc = "the snapshot held two numbers, but the size read right after it was 1: size saw an older list, "
                + "although nothing was removed")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a snapshot or a size taken during the add showed a list that is neither the one before the add nor the "
                + "one after it: a half-done add")
public class AddSnapshotStress {
    private final NumberList list = new NumberList();

    public AddSnapshotStress() {
        list.add(1);
    }

    @Actor
    public void adder() {
        list.add(2);
    }

    @Actor
    public void reader(LI_Result r) {
        r.r1 = list.snapshot().toString();
        r.r2 = list.size();
    }
}
