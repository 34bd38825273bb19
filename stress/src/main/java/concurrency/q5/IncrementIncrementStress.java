package concurrency.q5;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;

/** r1, r2: what each incrementAndGet returned; r3: get() afterwards. */
@JCStressTest
@State
@Description("Two threads call incrementAndGet on a new counter at the same time: the counter must end at 2, and "
        + "the two calls must return 1 and 2.")
@Outcome(id = {"1, 2, 2", "2, 1, 2"}, expect = Expect.ACCEPTABLE, desc = "both increments counted; each got its own value")
@Outcome(id = "1, 1, 1", expect = Expect.FORBIDDEN,
        desc = "both threads read 0 and wrote 1: an update was lost — count++ is read, add, write, even on a volatile "
                + "field; use AtomicLong.incrementAndGet")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "two increments at the same time did not add up to 2, or returned values that do not match — the read "
                + "and the write must be one atomic step (AtomicLong.incrementAndGet)")
public class IncrementIncrementStress {
    private final AtomicCounter counter = new AtomicCounter();

    @Actor
    public void incrementer1(JJJ_Result r) {
        r.r1 = counter.incrementAndGet();
    }

    @Actor
    public void incrementer2(JJJ_Result r) {
        r.r2 = counter.incrementAndGet();
    }

    @Arbiter
    public void total(JJJ_Result r) {
        r.r3 = counter.get();
    }
}
