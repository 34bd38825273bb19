package concurrency.grader.runner;

/**
 * One graded check as the runner plans it: a stable id, the name a student sees, and whether it is
 * hidden from students until the grades are published (a test tagged {@code hidden}, a design rule
 * marked so): it still counts, but the handout and its grade preview leave it out.
 */
public record Check(String id, String name, boolean hidden) {
    /** A public check. */
    public Check(String id, String name) {
        this(id, name, false);
    }
}
