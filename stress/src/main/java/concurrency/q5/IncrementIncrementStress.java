package concurrency.q5;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJJ_Result;

/**
 * r1, r2: what each incrementAndGet returned; r3: get() afterwards.
 *
 * <p>Run just this test: {@code java -jar stress/target/jcstress.jar '^concurrency\.q5\.IncrementIncrementStress$'}
 */
@JCStressTest
@State
@Description("Two threads call incrementAndGet on a new counter at the same time: the counter must end at 2, and "
        + "the two calls must return 1 and 2.")
@Outcome(id = {"1, 2, 2", "2, 1, 2"}, expect = Expect.ACCEPTABLE, desc = "both increments counted; each got its own value")
@Outcome(id = "1, 1, 1", expect = Expect.FORBIDDEN,
        desc = "both calls returned 1 and the counter ended at 1: both threads read 0 and wrote 1, so one increment was lost")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "two increments at the same time did not add up to 2, or what the calls returned does not match the final count")
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
