package concurrency.q4;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LI_Result;

/** r1: the snapshot; r2: the size read right after it by the same thread. */
@JCStressTest
@State
@Description("A snapshot and a size taken while another thread adds must show the list before or after the add.")
@Outcome(id = "[1], 1", expect = Expect.ACCEPTABLE, desc = "snapshot and size both taken before the add")
@Outcome(id = "[1], 2", expect = Expect.ACCEPTABLE, desc = "snapshot taken before the add, size after it")
@Outcome(id = "[1, 2], 2", expect = Expect.ACCEPTABLE, desc = "snapshot and size both taken after the add")
@Outcome(id = "\\[1, 2\\], 1", expect = Expect.FORBIDDEN,
        desc = "the size went back from 2 to 1 although nothing was removed: size read stale state — read it under the lock")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a snapshot or size taken during an add saw a half-done list — take the copy and read the size under the lock")
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
