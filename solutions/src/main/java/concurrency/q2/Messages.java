package concurrency.q2;

import java.io.Serializable;

/** What the pool and a worker JVM send each other, each in one frame (see {@link Frames}). */
final class Messages {
    private Messages() {
    }

    /** A task and its argument, on their way to a worker ({@code submit}). The reply holds the one result. */
    record Call(Task<?, ?> task, Serializable argument) implements Serializable {
    }

    /**
     * A task and a run of its arguments ({@code map}), {@link Packing packed}: the task travels once, and
     * the results come back together, packed too, because for tiny tasks a round trip per argument
     * costs far more than the work. The worker stops at the first argument whose task fails, since
     * that failure is what {@code map} reports.
     */
    record Batch(Task<?, ?> task, Serializable arguments) implements Serializable {
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
