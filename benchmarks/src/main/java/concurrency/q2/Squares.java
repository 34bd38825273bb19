package concurrency.q2;

/** The tiny task that every benchmark runs, as Python's benchmark does: the square of a number. */
final class Squares {
    private Squares() {
    }

    /** A long, as in Q8: the square of an int can overflow an int. */
    static Long square(Integer n) {
        return (long) n * n;
    }
}
