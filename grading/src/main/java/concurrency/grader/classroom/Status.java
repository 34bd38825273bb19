package concurrency.grader.classroom;

/**
 * How one submission of a class ended. Only {@link #GRADED} and {@link #NO_JAVA} give a total: the gradebook
 * never invents a grade for a submission that was not graded, so an instructor sees what needs a look.
 */
public enum Status {
    /** The grader graded it and wrote results.json, whatever the score. */
    GRADED("graded", true, true),
    /** Nothing to grade: no .java file at all (an empty folder, a PDF, a zip of other files). Scores 0. */
    NO_JAVA("no-java", true, true),
    /** Not read at all: a zip that is broken, too big, or would unpack outside its folder; a link; not a folder or zip. */
    REFUSED("refused", false, true),
    /** Processes of the submission outlived its grading, so the grader wrote no results. */
    LEFT_PROCESSES("left-processes", false, true),
    /** The grader itself failed or ran past the time allowed for one student: worth grading again. */
    FAILED("failed", false, false);

    private final String label;
    private final boolean scored;
    private final boolean settled;

    Status(String label, boolean scored, boolean settled) {
        this.label = label;
        this.scored = scored;
        this.settled = settled;
    }

    /** The word in gradebook.csv and on the console. */
    public String label() {
        return label;
    }

    /** Whether the row carries a total. */
    public boolean scored() {
        return scored;
    }

    /** Whether a run with the same submission and grader gives the same row again, so a rerun may reuse it. */
    public boolean settled() {
        return settled;
    }
}
