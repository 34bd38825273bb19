package concurrency.q5;

import static concurrency.testing.Concurrently.HANG;
import static concurrency.testing.Concurrently.await;
import static concurrency.testing.Concurrently.awaitParked;
import static concurrency.testing.Concurrently.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import concurrency.testing.BadInput;
import concurrency.testing.Concurrently.Started;
import concurrency.testing.NoLeakedThreads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("q5")
@DisplayName("Q5 Throttle")
@ExtendWith(NoLeakedThreads.class)
class ThrottleTest {

    @Test
    @DisplayName("rejects fewer than 1 permit and a null action, naming the argument")
    void rejectsBadArguments() {
        BadInput.checkAll(bad -> {
            bad.rejects("call(null)", () -> new Throttle(1).call(null), NullPointerException.class, "action");
            bad.rejects("new Throttle(0)", () -> new Throttle(0), IllegalArgumentException.class, "permits");
        });
    }

    @Test
    @DisplayName("call returns what the action returns; one caller at a time is a concurrency of 1")
    void returnsTheActionsResult() throws Exception {
        Throttle throttle = new Throttle(3);
        assertThat(throttle.maxObservedConcurrency()).as("maxObservedConcurrency before any call").isZero();
        assertThat(throttle.call(() -> "done")).as("call(() -> \"done\")").isEqualTo("done");
        assertThat(throttle.call(() -> 7)).as("call(() -> 7)").isEqualTo(7);
        assertThat(throttle.maxObservedConcurrency()).as("maxObservedConcurrency after two calls one after the other")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("never lets more than `permits` callers in: the next caller waits (parked) until one leaves; maxObservedConcurrency reports `permits`")
    void admitsAtMostPermits() throws Exception {
        int permits = 2;
        Throttle throttle = new Throttle(permits);
        AtomicInteger inside = new AtomicInteger();
        CountDownLatch firstTwoInside = new CountDownLatch(permits);
        CountDownLatch leave = new CountDownLatch(1);
        List<Started<Integer>> callers = new ArrayList<>();
        for (int i = 0; i < permits; i++) {
            callers.add(start("test-caller-" + i, () -> throttle.call(() -> holdInside(inside, firstTwoInside, leave))));
        }
        awaitInside(firstTwoInside, callers, permits);

        Started<Integer> extra = start("test-caller-extra", () -> throttle.call(() -> holdInside(inside, null, leave)));
        awaitParked(extra.thread(), "the caller beyond the permits");
        assertThat(inside.get()).as("callers inside a Throttle(%d) while %d more wait: the extra caller must wait "
                + "for a permit (Semaphore.acquire) before it runs its action", permits, 1).isEqualTo(permits);
        assertThat(throttle.maxObservedConcurrency()).as("maxObservedConcurrency with %d callers inside", permits)
                .isEqualTo(permits);

        leave.countDown();
        callers.add(extra);
        for (Started<Integer> caller : callers) {
            assertThat(await(caller.future(), HANG, "a caller of the throttle"))
                    .as("each caller ran its action once a permit was free").isPositive();
        }
        assertThat(throttle.maxObservedConcurrency()).as("maxObservedConcurrency after everyone left").isEqualTo(permits);
    }

    @Test
    @DisplayName("an action that throws gives its permit back, and its exception reaches the caller unchanged")
    void releasesThePermitWhenTheActionThrows() throws Exception {
        Throttle throttle = new Throttle(1);
        IOException boom = new IOException("boom");
        assertThatThrownBy(() -> throttle.call(() -> {
            throw boom;
        })).as("call with an action that throws IOException").isSameAs(boom);

        Started<String> next = start("test-next-caller", () -> throttle.call(() -> "next"));
        assertThat(await(next.future(), HANG, "the next caller of a Throttle(1) after an action threw "
                + "(the permit was never given back: release it in a finally block)"))
                .as("the next call after a failed one").isEqualTo("next");
    }

    /** Waits until {@code permits} callers are inside; a caller that fails instead fails the test at once. */
    private static void awaitInside(CountDownLatch inside, List<Started<Integer>> callers, int permits)
            throws InterruptedException {
        long deadline = System.nanoTime() + HANG.toNanos();
        while (!inside.await(10, TimeUnit.MILLISECONDS)) {
            for (Started<Integer> caller : callers) {
                if (caller.future().isDone()) {
                    await(caller.future(), HANG, "a caller of the throttle");
                    throw new AssertionError("a caller left the throttle although its action was still held inside");
                }
            }
            assertThat(System.nanoTime() < deadline)
                    .as("%d callers of a Throttle(%d) must all get in at once", permits, permits).isTrue();
        }
    }

    /** The action of a held caller: counts itself in, waits until the test lets it leave. */
    private static int holdInside(AtomicInteger inside, CountDownLatch entered, CountDownLatch leave) throws InterruptedException {
        int now = inside.incrementAndGet();
        if (entered != null) {
            entered.countDown();
        }
        leave.await();
        inside.decrementAndGet();
        return now;
    }
}
