package concurrency.grader.runner;

/** The result of one planned check. */
public record Outcome(String id, boolean passed, String output) {
}
