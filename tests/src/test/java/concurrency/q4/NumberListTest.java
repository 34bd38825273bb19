package concurrency.q4;

import static concurrency.testing.Concurrently.HANG;
import static concurrency.testing.Concurrently.await;
import static concurrency.testing.Concurrently.awaitParked;
import static concurrency.testing.Concurrently.runTogether;
import static concurrency.testing.Concurrently.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import concurrency.testing.Concurrently.Started;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("q4")
@DisplayName("Q4 NumberList")
class NumberListTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 20_000;

    private final NumberList list = new NumberList();

    @Test
    @DisplayName("removes numbers in the order they were added (FIFO)")
    void removesInArrivalOrder() {
        list.add(3);
        list.add(1);
        list.add(2);

        assertThat(List.of(removeOne(), removeOne(), removeOne()))
                .as("tryRemove must hand out the oldest number first (first in, first out)")
                .containsExactly(3, 1, 2);
    }

    @Test
    @DisplayName("tryRemove on an empty list returns empty, before and after use")
    void tryRemoveOnEmptyIsEmpty() {
        assertThat(list.tryRemove()).as("tryRemove on a new list").isEmpty();
        list.add(5);
        assertThat(list.tryRemove()).as("tryRemove after add(5)").hasValue(5);
        assertThat(list.tryRemove()).as("tryRemove once the only number was taken").isEmpty();
    }

    @Test
    @DisplayName("size counts what was added and not yet removed")
    void sizeFollowsAddsAndRemoves() {
        assertThat(list.size()).as("size of a new list").isZero();
        list.add(1);
        list.add(1);
        list.add(2);
        assertThat(list.size()).as("size after three adds (duplicates count)").isEqualTo(3);
        list.tryRemove();
        assertThat(list.size()).as("size after one remove").isEqualTo(2);
    }

    @Test
    @DisplayName("snapshot is an immutable copy that later changes do not touch")
    void snapshotIsAnImmutableCopy() {
        list.add(1);
        list.add(2);
        List<Integer> snapshot = list.snapshot();
        list.add(3);
        list.tryRemove();

        assertThat(snapshot).as("a snapshot must not change when the list changes later").containsExactly(1, 2);
        assertThat(list.snapshot()).as("a new snapshot shows the current numbers, oldest first").containsExactly(2, 3);
        assertThatThrownBy(() -> snapshot.add(4))
                .as("a snapshot must be immutable (List.copyOf or Collections.unmodifiableList of a copy)")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("removeWithin returns a number that is already there without waiting")
    void removeWithinTakesWhatIsThere() throws InterruptedException {
        list.add(9);
        list.add(8);
        assertThat(list.removeWithin(Duration.ofSeconds(30))).as("removeWithin with numbers present").hasValue(9);
        assertThat(list.removeWithin(Duration.ZERO)).as("removeWithin(Duration.ZERO) with a number present").hasValue(8);
    }

    @Test
    @DisplayName("removeWithin on an empty list gives up after the timeout")
    void removeWithinTimesOut() throws InterruptedException {
        assertThat(list.removeWithin(Duration.ZERO)).as("removeWithin(Duration.ZERO) on an empty list").isEmpty();

        Duration timeout = Duration.ofMillis(100);
        long start = System.nanoTime();
        OptionalInt result = list.removeWithin(timeout);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result).as("removeWithin on a list that stays empty").isEmpty();
        assertThat(waited).as("removeWithin(100 ms) on an empty list must wait the whole timeout before giving up")
                .isGreaterThanOrEqualTo(timeout.minusMillis(5));
        assertThat(waited).as("removeWithin(100 ms) must give up once the timeout is over").isLessThan(HANG);
    }

    @Test
    @DisplayName("removeWithin wakes up as soon as another thread adds a number")
    void removeWithinWakesUpOnAdd() throws InterruptedException {
        Started<OptionalInt> remover = start("test-remover", () -> list.removeWithin(Duration.ofMinutes(5)));
        awaitWaiting(remover, "removeWithin on an empty list");

        list.add(42);

        assertThat(await(remover.future(), HANG,
                "removeWithin (the adder should have woken it up with signal() on the Condition)"))
                .as("what the waiting remover received").hasValue(42);
    }

    @Test
    @DisplayName("removeWithin stops waiting when its thread is interrupted")
    void removeWithinIsInterruptible() throws InterruptedException {
        Started<OptionalInt> remover = start("test-remover", () -> list.removeWithin(Duration.ofMinutes(5)));
        awaitWaiting(remover, "removeWithin on an empty list");

        remover.thread().interrupt();

        remover.thread().join(HANG.toMillis());
        assertThat(remover.thread().isAlive())
                .as("removeWithin must end with InterruptedException when its thread is interrupted").isFalse();
        assertThatThrownBy(() -> remover.future().get())
                .as("removeWithin must let InterruptedException reach its caller")
                .hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    @DisplayName("removeWithin called by an already interrupted thread on an empty list throws InterruptedException instead of waiting")
    void removeWithinAlreadyInterruptedDoesNotWait() throws InterruptedException {
        Started<OptionalInt> remover = start("test-remover", () -> {
            Thread.currentThread().interrupt();
            return list.removeWithin(Duration.ofMinutes(5));
        });
        try {
            Throwable thrown = catchThrowable(() -> remover.future().get(HANG.toMillis(), TimeUnit.MILLISECONDS));
            assertThat(thrown)
                    .as("removeWithin(5 min) on an empty list, called by a thread whose interrupt status was already set: "
                            + "it would have to wait, so it must throw InterruptedException (see the Javadoc of removeWithin)")
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(InterruptedException.class);
        } finally {
            remover.future().cancel(true);
        }
    }

    @Test
    @DisplayName("removeWithin called by an interrupted thread with a number present returns it or throws, and never loses it")
    void removeWithinInterruptedLosesNoNumber() throws Exception {
        list.add(6);
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Started<OptionalInt> remover = start("test-remover", () -> {
            Thread.currentThread().interrupt();
            try {
                return list.removeWithin(Duration.ofSeconds(30));
            } finally {
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            }
        });
        Throwable thrown = catchThrowable(() -> remover.future().get(HANG.toMillis(), TimeUnit.MILLISECONDS));
        remover.future().cancel(true);

        if (thrown instanceof ExecutionException failed && failed.getCause() instanceof InterruptedException) {
            assertThat(list.snapshot())
                    .as("removeWithin threw InterruptedException, but the number that was in the list is gone: "
                            + "a call that throws must leave the list as it was")
                    .containsExactly(6);
        } else {
            assertThat(thrown).as("removeWithin(30 s) with a number present, called by an interrupted thread, must either "
                    + "return that number or throw InterruptedException").isNull();
            assertThat(remover.future().get())
                    .as("removeWithin(30 s) with a number present, called by an interrupted thread").hasValue(6);
            assertThat(interruptedAfter)
                    .as("removeWithin returned a number to an interrupted thread but cleared its interrupt status: "
                            + "leave it set, so that the caller still learns of the interrupt")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("removeWithin takes a timeout too long to count in nanoseconds to mean waiting practically for ever")
    void removeWithinAcceptsAnEndlessTimeout() throws InterruptedException {
        Duration endless = Duration.ofSeconds(Long.MAX_VALUE);
        list.add(3);
        Started<OptionalInt> present = start("test-remover", () -> list.removeWithin(endless));
        assertThat(await(present.future(), HANG, "removeWithin(Duration.ofSeconds(Long.MAX_VALUE)) with a number present "
                + "(a timeout whose nanoseconds do not fit in a long is allowed)"))
                .as("removeWithin(Duration.ofSeconds(Long.MAX_VALUE)) with a number present").hasValue(3);

        Started<OptionalInt> waiting = start("test-remover", () -> list.removeWithin(endless));
        awaitWaiting(waiting, "removeWithin(Duration.ofSeconds(Long.MAX_VALUE)) on an empty list");
        list.add(4);
        assertThat(await(waiting.future(), HANG, "removeWithin(Duration.ofSeconds(Long.MAX_VALUE)), woken up by an add"))
                .as("what the remover waiting with Duration.ofSeconds(Long.MAX_VALUE) received").hasValue(4);
    }

    @Test
    @DisplayName("removeWithin rejects a null or negative timeout, naming the argument")
    void removeWithinRejectsBadTimeouts() {
        assertThatThrownBy(() -> list.removeWithin(null))
                .as("removeWithin(null)").isInstanceOf(NullPointerException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> list.removeWithin(Duration.ofMillis(-1)))
                .as("removeWithin(-1 ms)").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    @DisplayName("many threads adding at once lose no number and keep each thread's order")
    void concurrentAddersLoseNothing() throws InterruptedException {
        runTogether(THREADS, thread -> () -> {
            for (int i = 0; i < PER_THREAD; i++) {
                list.add(thread * PER_THREAD + i);
            }
            return null;
        });

        List<Integer> all = list.snapshot();
        assertThat(all).as("%d threads each added %d numbers at the same time; numbers went missing, so two adds "
                + "overwrote each other: guard add with the lock", THREADS, PER_THREAD).hasSize(THREADS * PER_THREAD);
        assertThat(new HashSet<>(all)).as("every number that was added, exactly once")
                .hasSize(THREADS * PER_THREAD);
        for (int thread = 0; thread < THREADS; thread++) {
            int from = thread * PER_THREAD;
            List<Integer> own = all.stream().filter(n -> n >= from && n < from + PER_THREAD).collect(Collectors.toList());
            assertThat(own).as("the numbers of adder %d must stay in the order it added them", thread).isSorted();
        }
    }

    @Test
    @DisplayName("many threads removing at once never get the same number twice and together get all")
    void concurrentRemoversShareWithoutDuplicates() throws InterruptedException {
        int total = THREADS * PER_THREAD;
        IntStream.range(0, total).forEach(list::add);

        List<List<Integer>> received = runTogether(THREADS, thread -> () -> {
            List<Integer> mine = new ArrayList<>();
            for (OptionalInt n = list.tryRemove(); n.isPresent(); n = list.tryRemove()) {
                mine.add(n.getAsInt());
            }
            return mine;
        });

        List<Integer> all = received.stream().flatMap(List::stream).collect(Collectors.toList());
        Set<Integer> distinct = new HashSet<>(all);
        assertThat(all.size() - distinct.size())
                .as("numbers handed out twice to %d removers: checking for a number and removing it must happen "
                        + "under the same lock", THREADS).isZero();
        assertThat(distinct).as("together the removers must receive every number that was in the list").hasSize(total);
        for (List<Integer> mine : received) {
            assertThat(mine).as("each remover must receive numbers oldest first").isSorted();
        }
        assertThat(list.size()).as("size after everything was removed").isZero();
    }

    @Test
    @DisplayName("adders and waiting removers working at once move every number exactly once")
    void addersAndWaitingRemovers() throws InterruptedException {
        int perSide = 2;
        List<List<Integer>> received = runTogether(2 * perSide, thread -> () -> {
            List<Integer> mine = new ArrayList<>();
            if (thread < perSide) {
                for (int i = 0; i < PER_THREAD; i++) {
                    list.add(thread * PER_THREAD + i);
                }
            } else {
                for (int i = 0; i < PER_THREAD; i++) {
                    OptionalInt n = list.removeWithin(HANG);
                    if (n.isEmpty()) {
                        throw new AssertionError("removeWithin returned empty although adders were still adding: "
                                + "a wake-up was lost");
                    }
                    mine.add(n.getAsInt());
                }
            }
            return mine;
        });

        List<Integer> all = received.stream().flatMap(List::stream).collect(Collectors.toList());
        assertThat(new HashSet<>(all)).as("every added number removed exactly once").hasSize(perSide * PER_THREAD);
        assertThat(all).as("numbers removed in all").hasSize(perSide * PER_THREAD);
        assertThat(list.size()).as("what is left once as many were removed as added").isZero();
    }

    /**
     * Returns once the thread of {@code remover} waits. If it ended instead, fails with what it
     * threw or returned, which tells more than "it did not wait".
     */
    private static void awaitWaiting(Started<OptionalInt> remover, String what) throws InterruptedException {
        try {
            awaitParked(remover.thread(), "the thread in " + what);
        } catch (AssertionError notWaiting) {
            if (remover.future().isDone()) {
                OptionalInt returned = await(remover.future(), HANG, what);
                throw new AssertionError(what + " returned " + returned + " at once instead of waiting for a number",
                        notWaiting);
            }
            throw notWaiting;
        }
    }

    private int removeOne() {
        OptionalInt n = list.tryRemove();
        assertThat(n).as("tryRemove on a list that still holds numbers").isPresent();
        return n.getAsInt();
    }
}
