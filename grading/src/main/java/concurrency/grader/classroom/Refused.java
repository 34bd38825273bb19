package concurrency.grader.classroom;

/** A submission that is not read at all, and why, in a sentence a student can act on. */
final class Refused extends Exception {
    Refused(String why) {
        super(why, null, false, false);
    }
}
