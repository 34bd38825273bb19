package concurrency.q2;

/** A worker JVM ended while it ran a task (the task called System.exit, say); the pool replaced it. */
public final class WorkerDiedException extends Exception {
    private static final long serialVersionUID = 1L;

    WorkerDiedException(String message, Throwable cause) {
        super(message, cause);
    }
}
