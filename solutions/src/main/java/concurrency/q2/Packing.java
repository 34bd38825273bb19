package concurrency.q2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How a batch's arguments and results travel. Java serialization writes each boxed number as an
 * object of its own (a class reference and a handle: about ten bytes and a hundred nanoseconds each
 * way), which costs more than a tiny task; so a run of Integers, Longs or Doubles travels as one
 * primitive array, much as pickle writes an int in a few bytes. Anything else is an ArrayList.
 */
final class Packing {
    private Packing() {
    }

    static Serializable pack(List<? extends Serializable> values) {
        if (allOf(values, Integer.class)) {
            int[] ints = new int[values.size()];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = (Integer) values.get(i);
            }
            return ints;
        }
        if (allOf(values, Long.class)) {
            long[] longs = new long[values.size()];
            for (int i = 0; i < longs.length; i++) {
                longs[i] = (Long) values.get(i);
            }
            return longs;
        }
        if (allOf(values, Double.class)) {
            double[] doubles = new double[values.size()];
            for (int i = 0; i < doubles.length; i++) {
                doubles[i] = (Double) values.get(i);
            }
            return doubles;
        }
        return new ArrayList<>(values);
    }

    /** The values that {@link #pack} packed, boxed again. */
    @SuppressWarnings("unchecked")
    static List<Serializable> unpack(Object packed) {
        List<Serializable> values = new ArrayList<>();
        if (packed instanceof int[] ints) {
            for (int value : ints) {
                values.add(value);
            }
        } else if (packed instanceof long[] longs) {
            for (long value : longs) {
                values.add(value);
            }
        } else if (packed instanceof double[] doubles) {
            for (double value : doubles) {
                values.add(value);
            }
        } else {
            return (List<Serializable>) packed;
        }
        return values;
    }

    /** Whether every value is exactly of this type (not null, not a subclass: the array must hold them all). */
    private static boolean allOf(List<?> values, Class<?> type) {
        for (Object value : values) {
            if (value == null || value.getClass() != type) {
                return false;
            }
        }
        return !values.isEmpty();
    }
}
