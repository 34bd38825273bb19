package concurrency.q2;

import java.io.Serializable;

/** What the pool and a worker JVM send each other, each in one frame (see {@link Frames}). */
final class Messages {
    private Messages() {
    }

    /** A task and its argument, on their way to a worker. */
    record Call(Task<?, ?> task, Serializable argument) implements Serializable {
    }

    /**
     * A task's exception, described rather than sent as is: the exception's own class might not
     * be serializable, or not be admitted by the pool's filter.
     */
    record Failure(String className, String message, StackTraceElement[] stackTrace) implements Serializable {
        static Failure of(Throwable thrown) {
            return new Failure(thrown.getClass().getName(), thrown.getMessage(), thrown.getStackTrace());
        }
    }
}
