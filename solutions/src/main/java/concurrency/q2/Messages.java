package concurrency.q2;

import java.io.Serializable;
import java.util.ArrayList;

/** What the pool and a worker JVM send each other, each in one frame (see {@link Frames}). */
final class Messages {
    private Messages() {
    }

    /** A task and its argument, on their way to a worker ({@code submit}). The reply holds the one result. */
    record Call(Task<?, ?> task, Serializable argument) implements Serializable {
    }

    /**
     * A task and a run of its arguments ({@code map}): the task travels once, and the results come
     * back as one list, because for tiny tasks a round trip per argument costs far more than the
     * work. The worker stops at the first argument whose task fails, since that failure is what
     * {@code map} reports. An {@link ArrayList}, so that every batch has a type the filter admits.
     */
    record Batch(Task<?, ?> task, ArrayList<Serializable> arguments) implements Serializable {
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
