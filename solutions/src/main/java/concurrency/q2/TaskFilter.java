package concurrency.q2;

import java.io.ObjectInputFilter;
import java.util.Optional;
import java.util.Set;

/**
 * What the pool and its workers agree to deserialize: the application's own classes (from the
 * class path, where tasks live), and from the JDK only plain data: boxed numbers, strings,
 * collections, {@code java.time} values, and {@link java.lang.invoke.SerializedLambda}, the form a
 * lambda travels in. Everything else in the JDK is refused, since that is where classic
 * deserialization gadgets live, and so are streams that are too deep, too big or too long.
 */
final class TaskFilter implements ObjectInputFilter {
    static final long MAX_DEPTH = 100;
    static final long MAX_REFERENCES = 1_000_000;
    static final long MAX_ARRAY_LENGTH = 10_000_000;
    static final long MAX_BYTES = Frames.MAX_FRAME;

    private static final Set<String> JDK_CLASSES = Set.of(
            "java.lang.Object", "java.lang.Number", "java.lang.String", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.lang.Enum", "java.lang.StackTraceElement",
            "java.lang.invoke.SerializedLambda",
            "java.math.BigInteger", "java.math.BigDecimal");
    /** Packages of plain data: collections (with their serialization proxies) and dates and times. */
    private static final Set<String> JDK_PACKAGES = Set.of("java.util", "java.time");

    /** Why this filter refused a stream, if it did: a message that names the class or the limit. */
    private String refusal;

    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BYTES
                || info.arrayLength() > MAX_ARRAY_LENGTH) {
            refusal = "refused to deserialize a stream beyond the limits (depth " + info.depth() + ", references "
                    + info.references() + ", bytes " + info.streamBytes() + ", array length " + info.arrayLength() + ")";
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        if (admits(type)) {
            return Status.ALLOWED;
        }
        refusal = "refused to deserialize " + type.getName() + ": not a type that tasks need";
        return Status.REJECTED;
    }

    static boolean admits(Class<?> type) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive() || !type.getModule().isNamed()) {
            return true; // primitives, and classes from the class path: the application's tasks and data
        }
        return JDK_CLASSES.contains(type.getName()) || JDK_PACKAGES.contains(type.getPackageName());
    }
}
