package concurrency.grader.runner;

/** One graded check as the runner plans it: a stable id and the name a student sees. */
public record Check(String id, String name) {
}
