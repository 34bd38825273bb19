// KNOWN-BAD: takes sun.misc.Unsafe, which reads and writes any memory of the JVM it runs in.
package concurrency.q6;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/** Holds sun.misc.Unsafe; here it only rethrows, but getLong(address) would read the runner's heap. */
final class Sneaky {
    private static final Unsafe UNSAFE = unsafe();

    private Sneaky() {
    }

    /** Throws {@code e} without the compiler knowing; returns it only when Unsafe is out of reach. */
    static Exception rethrow(Exception e) {
        if (UNSAFE != null) {
            UNSAFE.throwException(e);
        }
        return e;
    }

    private static Unsafe unsafe() {
        try {
            Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            return (Unsafe) theUnsafe.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
