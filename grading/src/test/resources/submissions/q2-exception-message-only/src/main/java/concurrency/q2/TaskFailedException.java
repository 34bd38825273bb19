package concurrency.q2;

/**
 * A task threw in its worker JVM. The original exception stays there (its class might not even be
 * deserializable here); this one carries its class name, message and stack trace.
 */
public final class TaskFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String exceptionClassName;
    private final String originalMessage;

    TaskFailedException(String exceptionClassName, String originalMessage, StackTraceElement[] stackTrace) {
        super(originalMessage); // Defect: the original exception's class name is lost
        this.exceptionClassName = exceptionClassName;
        this.originalMessage = originalMessage;
        if (stackTrace != null) {
            setStackTrace(stackTrace);
        }
    }

    /** The class name of the exception the task threw, for example {@code java.lang.IllegalStateException}. */
    public String exceptionClassName() {
        return exceptionClassName;
    }

    /** The message of the exception the task threw, or {@code null} if it had none. */
    public String originalMessage() {
        return originalMessage;
    }
}
