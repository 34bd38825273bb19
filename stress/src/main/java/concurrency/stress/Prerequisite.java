package concurrency.stress;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What some race tests need from the code under test on one thread, checked before they run: code
 * that already fails when one thread calls it cannot show a race, and a student learns more from
 * the correctness checks than from a race test that fails on its first call.
 *
 * @param subject  what is called, as a student reads it ("new NumberList(), then add, ... on one thread")
 * @param tests    simple names of the race tests that need it
 * @param exercise the calls; they pass if they return without throwing, whatever they return
 */
public record Prerequisite(String subject, Set<String> tests, Exercise exercise) {
    /** How long one thread's calls may take; a correct class needs well under a millisecond. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    /** Calls the code under test on one thread. */
    @FunctionalInterface
    public interface Exercise {
        void run() throws Exception;
    }

    public Prerequisite {
        tests = Set.copyOf(tests);
    }

    /** The prerequisites of one question's race tests; none for a question without race tests. */
    public static List<Prerequisite> of(String question) {
        return switch (question) {
            case "q4" -> concurrency.q4.OneThreadFirst.PREREQUISITES;
            case "q5" -> concurrency.q5.OneThreadFirst.PREREQUISITES;
            default -> List.of();
        };
    }

    /**
     * Runs the exercise on a thread of its own, for at most {@link #LIMIT}. Empty if it returned,
     * else what went wrong, for the student. A thread that does not finish is left behind as a
     * daemon: the JVM that hosts the race tests ends with them.
     */
    public Optional<String> failure() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread alone = new Thread(() -> {
            try {
                exercise.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "one-thread-first");
        alone.setDaemon(true);
        alone.start();
        alone.join(LIMIT.toMillis());
        if (alone.isAlive()) {
            return Optional.of(subject + " did not finish within " + LIMIT.toSeconds() + " s.");
        }
        Throwable t = thrown.get();
        return t == null ? Optional.empty() : Optional.of(subject + " threw " + t + ".");
    }
}
