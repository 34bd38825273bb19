package concurrency.q2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A batch's numbers travel packed, through the same serialization and filter as a frame's payload. */
class PackingTest {

    @Test
    @DisplayName("ints, longs and doubles come back equal and of the same type, extreme values included")
    void numbersComeBackExactly() throws Exception {
        List<List<? extends Serializable>> runs = List.of(
                List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE),
                List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE),
                List.of(0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1e308));
        for (List<? extends Serializable> run : runs) {
            Serializable packed = Packing.pack(run);
            assertThat(packed).as("a run of %s", run.get(0).getClass().getSimpleName()).isInstanceOf(Packing.Numbers.class);
            assertThat(Packing.unpack(roundTrip(packed))).isEqualTo(run)
                    .extracting(Object::getClass).containsOnly(run.get(0).getClass());
        }
    }

    @Test
    @DisplayName("a mixed run, a run with a null and an empty run travel as they are")
    void otherRunsTravelAsLists() throws Exception {
        List<Serializable> withNull = new ArrayList<>(Arrays.asList(1, null, 3));
        for (List<Serializable> run : List.of(List.<Serializable>of(1, 2L, 3.0, "four"), withNull, List.<Serializable>of())) {
            Serializable packed = Packing.pack(run);
            assertThat(packed).isInstanceOf(ArrayList.class);
            assertThat(Packing.unpack(roundTrip(packed))).isEqualTo(run);
        }
    }

    @Test
    @DisplayName("a stream that claims more numbers than the filter admits in an array is refused before allocating")
    void refusesAnOverlongRun() throws Exception {
        byte[] bytes = Frames.serialize(new Packing.Numbers(Packing.Numbers.Type.LONG, new long[] {0x1122334455667788L}));
        // the block data: the type's ordinal, the length, then the values
        byte[] lengthAndValue = {0, 0, 0, 1, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88};
        int at = indexOf(bytes, lengthAndValue);
        assertThat(at).as("where the length is written").isPositive();
        long tooMany = TaskFilter.MAX_ARRAY_LENGTH + 1;
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (tooMany >>> (24 - 8 * i));
        }
        Frames.Frame frame = new Frames.Frame(0, Frames.RESULT, bytes);
        assertThatThrownBy(frame::payload).isInstanceOf(InvalidObjectException.class).hasMessageContaining("length " + tooMany);
    }

    private static Object roundTrip(Serializable packed) throws Exception {
        return new Frames.Frame(0, Frames.RESULT, Frames.serialize(packed)).payload();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
