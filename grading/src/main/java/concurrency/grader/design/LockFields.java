package concurrency.grader.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * What the lock rules (Q4, Q5) mean by "a lock field" and how one must be declared, named once so
 * that every question reads them the same way. A field counts whether it is static or not: a static
 * lock is still the class's lock, only one that every instance shares, and the rules say so
 * instead of acting as if it were not there.
 */
public final class LockFields {
    public static final String CONDITION = "java/util/concurrent/locks/Condition";
    /** {@code java.util.concurrent.locks.Lock} and the JDK classes that implement it. */
    private static final Set<String> LOCK_TYPES = Set.of(
            "java/util/concurrent/locks/Lock",
            "java/util/concurrent/locks/ReentrantLock",
            "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
            "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock");

    private LockFields() {
    }

    /** Whether {@code internalName} is a Lock: the type that lock(), unlock() and newCondition() are called on. */
    public static boolean isLock(String internalName) {
        return LOCK_TYPES.contains(internalName);
    }

    /** The fields of {@code owner}, static or not, declared as a Lock. */
    public static List<FieldNode> locksOf(ClassNode owner) {
        return fieldsOf(owner, LOCK_TYPES);
    }

    /** The fields of {@code owner}, static or not, declared as a Condition. */
    public static List<FieldNode> conditionsOf(ClassNode owner) {
        return fieldsOf(owner, Set.of(CONDITION));
    }

    /** Condition: {@code owner} declares exactly one lock field. */
    public static List<String> exactlyOneLock(ClassNode owner) {
        int locks = locksOf(owner).size();
        return locks == 1 ? List.of()
                : List.of(simpleName(owner) + " declares " + locks + " fields of type Lock; it needs exactly one.");
    }

    /**
     * Condition: each of {@code fields} (the {@code kind} fields of {@code owner}: "lock",
     * "Condition") is private and final, so that nothing can replace it, and belongs to each
     * instance, so that two instances do not block or wake each other.
     */
    public static List<String> privateFinalPerInstance(ClassNode owner, List<FieldNode> fields, String kind) {
        List<String> violations = new ArrayList<>();
        for (FieldNode field : fields) {
            String named = simpleName(owner) + "'s " + kind + " field '" + field.name + "'";
            if (!has(field, Opcodes.ACC_PRIVATE) || !has(field, Opcodes.ACC_FINAL)) {
                violations.add(named + " must be private final.");
            }
            if (has(field, Opcodes.ACC_STATIC)) {
                violations.add(named + " is static, so every " + simpleName(owner) + " shares it: calls on one object"
                        + " would wait for, or wake, calls on another. Each object needs its own.");
            }
        }
        return violations;
    }

    private static List<FieldNode> fieldsOf(ClassNode owner, Set<String> types) {
        return owner.fields.stream()
                .filter(f -> f.desc.startsWith("L") && types.contains(Type.getType(f.desc).getInternalName())).toList();
    }

    private static boolean has(FieldNode field, int modifier) {
        return (field.access & modifier) != 0;
    }

    static String simpleName(ClassNode node) {
        return CallGraph.simpleName(node.name);
    }
}
