package concurrency.grader.runner;

/** The result of one planned check. */
public record CheckResult(String id, boolean passed, String output) {
}
