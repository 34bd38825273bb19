package concurrency.q6;

/**
 * What became of one task: the value it returned, or the exception it threw.
 *
 * @param <T> the type of the task's value
 */
public sealed interface Outcome<T> permits Outcome.Success, Outcome.Failure {

    /** The task returned {@code value} (which may be null). */
    record Success<T>(T value) implements Outcome<T> {
    }

    /** The task threw {@code error}: its own exception, never a wrapper such as ExecutionException. */
    record Failure<T>(Throwable error) implements Outcome<T> {
    }
}
