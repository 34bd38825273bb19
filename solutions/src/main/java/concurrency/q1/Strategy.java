package concurrency.q1;

/** How a workload runs: on the calling thread, on several threads of this JVM, or in child JVMs. */
public enum Strategy {
    SEQUENTIAL, THREADS, PROCESSES
}
