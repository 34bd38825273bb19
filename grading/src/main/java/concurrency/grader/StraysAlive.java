package concurrency.grader;

/**
 * Processes of the submission outlived grading (the reaper could not kill them): results.json is
 * not written, since they could still change it. The grader exits with {@link ExitStatus#STRAYS}.
 */
final class StraysAlive extends RuntimeException {
    StraysAlive(String message) {
        super(message);
    }
}
