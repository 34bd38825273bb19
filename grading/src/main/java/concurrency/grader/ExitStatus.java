package concurrency.grader;

/** The grader's exit statuses, as {@code --help} and the README list them. */
public final class ExitStatus {
    /** Grading completed and results.json is written, whatever the score. */
    public static final int GRADED = 0;
    /** The grader itself failed (an I/O error, a broken grader.jar, a bug): no results written. */
    public static final int FAILED = 1;
    /** Bad arguments, or no sandbox without --no-sandbox: nothing graded, no results written. */
    public static final int BAD_ARGUMENTS = 2;
    /** Processes of the submission outlived grading: no results written. */
    public static final int STRAYS = 3;

    private ExitStatus() {
    }
}
