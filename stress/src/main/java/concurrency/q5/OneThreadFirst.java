package concurrency.q5;

import concurrency.stress.Prerequisite;
import java.util.List;
import java.util.Set;

/** What the race tests of Q5 call, called once on one thread before any of them runs. */
public final class OneThreadFirst {
    public static final List<Prerequisite> PREREQUISITES = List.of(
            new Prerequisite("new BoundedBuffer<>(1), then put and take on one thread",
                    Set.of("PutOnFullStress", "TakeOnEmptyStress", "TwoProducersTwoConsumersStress"),
                    () -> {
                        BoundedBuffer<Integer> buffer = new BoundedBuffer<>(1);
                        buffer.put(1);
                        buffer.take();
                        buffer.put(2);
                        buffer.take();
                    }),
            new Prerequisite("new AtomicCounter(), then incrementAndGet and get on one thread",
                    Set.of("IncrementIncrementStress"),
                    () -> {
                        AtomicCounter counter = new AtomicCounter();
                        counter.incrementAndGet();
                        counter.get();
                    }));

    private OneThreadFirst() {
    }
}
