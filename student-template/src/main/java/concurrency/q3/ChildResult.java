package concurrency.q3;

/**
 * How one child process ended.
 *
 * @param pid        the child's process id ({@link Process#pid()})
 * @param exitStatus the status it exited with ({@link Process#exitValue()}); non-zero if it failed or was killed
 * @param stdout     everything it printed on its standard output
 * @param stderr     everything it printed on its standard error
 */
public record ChildResult(long pid, int exitStatus, String stdout, String stderr) {
}
