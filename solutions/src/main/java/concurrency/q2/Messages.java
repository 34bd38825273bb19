package concurrency.q2;

import java.io.Serializable;

/**
 * What the pool and a worker JVM send each other, each in one frame (see {@link Frames}).
 *
 * <p>Plain classes with a declared {@code serialVersionUID}, not records: a fresh JVM deserializes a
 * record through method handles that it must first generate, and a class without a declared
 * {@code serialVersionUID} through a SHA digest of the class, which loads the security providers.
 * A worker's first message paid about 50 ms of processor time for the two (see package-info).
 */
final class Messages {
    private Messages() {
    }

    /** A task and its argument, on their way to a worker ({@code submit}). The reply holds the one result. */
    static final class Call implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Task<?, ?> task;
        private final Serializable argument;

        Call(Task<?, ?> task, Serializable argument) {
            this.task = task;
            this.argument = argument;
        }

        Task<?, ?> task() {
            return task;
        }

        Serializable argument() {
            return argument;
        }
    }

    /**
     * A task and a run of its arguments ({@code map}), {@link Packing packed}: the task travels once, and
     * the results come back together, packed too, because for tiny tasks a round trip per argument
     * costs far more than the work. The worker stops at the first argument whose task fails, since
     * that failure is what {@code map} reports.
     */
    static final class Batch implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Task<?, ?> task;
        private final Serializable arguments;

        Batch(Task<?, ?> task, Serializable arguments) {
            this.task = task;
            this.arguments = arguments;
        }

        Task<?, ?> task() {
            return task;
        }

        Serializable arguments() {
            return arguments;
        }
    }

    /**
     * A task's exception, described rather than sent as is: the exception's own class might not
     * be serializable, or not be admitted by the pool's filter.
     */
    static final class Failure implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String className;
        private final String message;
        private final StackTraceElement[] stackTrace;

        private Failure(String className, String message, StackTraceElement[] stackTrace) {
            this.className = className;
            this.message = message;
            this.stackTrace = stackTrace;
        }

        static Failure of(Throwable thrown) {
            return new Failure(thrown.getClass().getName(), thrown.getMessage(), thrown.getStackTrace());
        }

        String className() {
            return className;
        }

        String message() {
            return message;
        }

        StackTraceElement[] stackTrace() {
            return stackTrace;
        }
    }
}
