package concurrency.q1;

/** How a workload runs. */
public enum Strategy {
    /** One task after another, on the calling thread. */
    SEQUENTIAL,
    /** Several threads of this JVM at once. */
    THREADS,
    /** Child JVMs: separate operating-system processes, started with {@link ProcessBuilder}. */
    PROCESSES
}
