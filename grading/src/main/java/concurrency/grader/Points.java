package concurrency.grader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * The one rounding rule for points: every score is a whole number of hundredths, on the console
 * and in results.json alike. A kind's points are split into hundredths among its checks, and the
 * hundredths that do not divide evenly go one each to the first checks, so the shares always add
 * up to exactly the rubric's points (8 over 7 checks: 1.15 twice and 1.14 five times).
 */
public final class Points {
    private static final int HUNDREDTHS = 100;

    private Points() {
    }

    /** {@code points} split among {@code checks} checks, in shares of whole hundredths that add up to {@code points}. */
    static List<Double> split(double points, int checks) {
        if (checks < 1) {
            throw new IllegalArgumentException("cannot split points among " + checks + " checks");
        }
        long total = hundredths(points);
        long share = total / checks;
        long remainder = total % checks;
        List<Double> shares = new ArrayList<>(checks);
        for (int i = 0; i < checks; i++) {
            shares.add(of(i < remainder ? share + 1 : share));
        }
        return shares;
    }

    /** The sum of scores that are each whole hundredths, without the drift of adding doubles. */
    public static double sum(DoubleStream points) {
        return of(points.mapToLong(Points::hundredths).sum());
    }

    static boolean isWhole(double points) {
        return Math.abs(points * HUNDREDTHS - hundredths(points)) < 1e-6;
    }

    /** {@code 8} for whole points, else two decimals: {@code 1.50}, {@code 1.15}. */
    public static String format(double points) {
        long hundredths = hundredths(points);
        return hundredths % HUNDREDTHS == 0 ? Long.toString(hundredths / HUNDREDTHS)
                : String.format(Locale.ROOT, "%.2f", of(hundredths));
    }

    private static long hundredths(double points) {
        return Math.round(points * HUNDREDTHS);
    }

    private static double of(long hundredths) {
        return hundredths / (double) HUNDREDTHS;
    }
}
