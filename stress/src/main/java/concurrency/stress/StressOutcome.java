package concurrency.stress;

/** One outcome of a jcstress test: what was observed, how often, and whether it is allowed. */
public record StressOutcome(String id, boolean forbidden, long count, String description) {
}
