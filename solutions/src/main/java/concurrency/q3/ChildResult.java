package concurrency.q3;

/** How one child process ended: its pid, its exit status and everything it printed. */
public record ChildResult(long pid, int exitStatus, String stdout, String stderr) {
}
