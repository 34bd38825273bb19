package concurrency.q2;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * How a batch's arguments and results travel. Java serialization writes each boxed number as an
 * object of its own (a class reference and a handle: about ten bytes and a hundred nanoseconds each
 * way), which costs more than a tiny task; so a run of Integers, Longs or Doubles travels as
 * {@link Numbers}, four or eight bytes per number, much as pickle writes an int in a few bytes.
 * Anything else is an ArrayList.
 */
final class Packing {
    private Packing() {
    }

    static Serializable pack(List<? extends Serializable> values) {
        for (Numbers.Type type : Numbers.Type.values()) {
            if (allOf(values, type.boxed)) {
                long[] raw = new long[values.size()];
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = type.raw(values.get(i));
                }
                return new Numbers(type, raw);
            }
        }
        return new ArrayList<>(values);
    }

    /** The values that {@link #pack} packed, boxed again. */
    @SuppressWarnings("unchecked")
    static List<Serializable> unpack(Object packed) {
        if (packed instanceof Numbers numbers) {
            return numbers.boxed();
        }
        return (List<Serializable>) packed;
    }

    /** Whether every value is exactly of this type (not null, not a subclass: the run must hold them all). */
    private static boolean allOf(List<?> values, Class<?> type) {
        for (Object value : values) {
            if (value == null || value.getClass() != type) {
                return false;
            }
        }
        return !values.isEmpty();
    }

    /**
     * A run of numbers of one type, written as raw bytes into the stream's block data. Not a primitive
     * array: serialization describes an array's class with a serial version it computes with a SHA
     * digest, and a fresh worker JVM would load the security providers for that (see {@link Messages}).
     */
    static final class Numbers implements Serializable {
        private static final long serialVersionUID = 1L;

        enum Type {
            INT(Integer.class), LONG(Long.class), DOUBLE(Double.class);

            final Class<? extends Serializable> boxed;
            /** Bytes per value on the wire. */
            final int bytes;

            Type(Class<? extends Serializable> boxed) {
                this.boxed = boxed;
                this.bytes = boxed == Integer.class ? Integer.BYTES : Long.BYTES;
            }

            long raw(Object value) {
                return this == DOUBLE ? Double.doubleToRawLongBits((Double) value) : ((Number) value).longValue();
            }

            Serializable box(long raw) {
                return switch (this) {
                    case INT -> (int) raw;
                    case LONG -> raw;
                    case DOUBLE -> Double.longBitsToDouble(raw);
                };
            }
        }

        private transient Type type;
        /** The values as longs: ints widened, doubles as their bits. */
        private transient long[] raw;

        Numbers(Type type, long[] raw) {
            this.type = type;
            this.raw = raw;
        }

        List<Serializable> boxed() {
            List<Serializable> values = new ArrayList<>(raw.length);
            for (long value : raw) {
                values.add(type.box(value));
            }
            return values;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeByte(type.ordinal());
            out.writeInt(raw.length);
            ByteBuffer bytes = ByteBuffer.allocate(raw.length * type.bytes);
            if (type == Type.INT) {
                for (long value : raw) {
                    bytes.putInt((int) value);
                }
            } else {
                bytes.asLongBuffer().put(raw);
            }
            out.write(bytes.array()); // as block data: raw bytes, not an array object
        }

        /** Checks the length as the filter checks an array's: a stream cannot make this JVM allocate more. */
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            int ordinal = in.readUnsignedByte();
            int length = in.readInt();
            if (ordinal >= Type.values().length || length < 0 || length > TaskFilter.MAX_ARRAY_LENGTH) {
                throw new InvalidObjectException("a run of numbers of type " + ordinal + " and length " + length);
            }
            type = Type.values()[ordinal];
            byte[] bytes = new byte[length * type.bytes];
            in.readFully(bytes);
            raw = new long[length];
            if (type == Type.INT) {
                IntBuffer ints = ByteBuffer.wrap(bytes).asIntBuffer();
                for (int i = 0; i < length; i++) {
                    raw[i] = ints.get(i);
                }
            } else {
                ByteBuffer.wrap(bytes).asLongBuffer().get(raw);
            }
        }
    }
}
