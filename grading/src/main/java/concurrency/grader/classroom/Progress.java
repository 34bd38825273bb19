package concurrency.grader.classroom;

import concurrency.grader.Points;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The console while a class is graded: one line per finished submission (name, score, status, time) with a running
 * "k of n" and an estimate of the time left, from the pace of the gradings so far.
 */
final class Progress {
    private static final int NAME_WIDTH = 28;

    private final PrintStream out;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int fresh;
    private int toGrade;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    /** How many of the submissions will really be graded (the rest are unchanged since the last run). */
    synchronized void toGrade(int count) {
        toGrade = count;
    }

    synchronized void finished(Row row, boolean reused) {
        done++;
        String score = row.total() == null ? "-" : Points.format(row.total()) + "/" + Points.format(row.max());
        String timing;
        if (reused) {
            timing = "unchanged since the last run";
        } else {
            fresh++;
            timing = String.format(Locale.ROOT, "%4.0f s", row.seconds()) + left();
        }
        out.printf(Locale.ROOT, "%3d of %d  %-" + NAME_WIDTH + "s %10s  %-14s %s%n", done, total, shorten(row.displayName()),
                score, row.status().label(), timing);
        out.flush();
    }

    /** The time left, at the pace so far (wall time per graded submission, with every job running). */
    private String left() {
        int remaining = toGrade - fresh;
        if (remaining <= 0) {
            return "";
        }
        double perSubmission = (System.nanoTime() - start) / 1e9 / fresh;
        double seconds = remaining * perSubmission;
        return seconds < 60 ? ", under a minute left" : ", about " + Math.round(seconds / 60) + " min left";
    }

    private static String shorten(String name) {
        String flat = name.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= NAME_WIDTH ? flat : flat.substring(0, NAME_WIDTH - 3) + "...";
    }
}
