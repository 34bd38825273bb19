package concurrency.grader.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * What ArchUnit cannot see: where each {@code lock()} takes its lock from, and whether a
 * {@code finally} releases it. Read from the bytecode: javac compiles
 * {@code lock(); try { .. } finally { unlock(); }} into a catch-any entry of the exception table
 * that starts right after the {@code lock()} call and whose handler calls {@code unlock()}.
 */
public final class LockDiscipline {
    private static final Set<String> ACQUIRE = Set.of("lock", "lockInterruptibly");

    private LockDiscipline() {
    }

    /** Where the lock of a call comes from. */
    public enum Source { FIELD, NEW_LOCAL, OTHER }

    /**
     * One acquisition of a lock.
     *
     * @param field              the field the lock was read from, if {@link Source#FIELD}
     * @param releasedInFinally  whether the next instruction opens a try whose finally unlocks the same lock
     */
    public record Acquisition(ClassNode owner, MethodNode method, int line, String call, Source source,
                              String field, boolean releasedInFinally) {
        public String where() {
            return simpleName(owner) + "." + method.name + " (" + owner.sourceFile + ":" + line + ")";
        }

        /** Whether this call waits for the lock (lock, lockInterruptibly), rather than trying it (tryLock). */
        public boolean blocks() {
            return !call.equals("tryLock()");
        }
    }

    /** Where a question's lock must come from. */
    public enum Origin {
        /** A field of the class (Q4, Q5): the one lock that every call on the object shares. */
        FIELD("the field"),
        /** The caller (Q6's withLock is handed its lock): any lock but one made in the method itself. */
        GIVEN("the one passed in");

        private final String described;

        Origin(String described) {
            this.described = described;
        }
    }

    /**
     * Condition: every lock() and lockInterruptibly() in the methods of {@code classes} takes a lock
     * from {@code origin} and is followed at once by {@code try { ... } finally { unlock(); }} on
     * that same lock. One violation per call that is not.
     */
    public static List<String> everyLockReleasedInFinally(Collection<ClassNode> classes, Origin origin) {
        List<String> violations = new ArrayList<>();
        for (ClassNode node : classes) {
            for (MethodNode method : node.methods) {
                for (Acquisition a : acquisitions(node, method)) {
                    if (!a.blocks()) {
                        continue;
                    }
                    if (a.source() == Source.NEW_LOCAL) {
                        violations.add(a.where() + ": " + a.call() + " on a lock created in this method, not " + origin.described);
                    } else if (a.source() == Source.OTHER && origin == Origin.FIELD) {
                        violations.add(a.where() + ": " + a.call() + " on a lock that does not come from a field");
                    } else if (!a.releasedInFinally()) {
                        violations.add(a.where() + ": " + a.call() + " is not followed at once by try { ... } finally { "
                                + (a.source() == Source.FIELD ? a.field() + ".unlock(); }" : "unlock(); } on the same lock"));
                    }
                }
            }
        }
        return violations;
    }

    /** Whether a method of {@code classes} that {@code code} reaches calls lock() or lockInterruptibly(). */
    public static boolean takesALock(ReachableCode code, Collection<ClassNode> classes) {
        return classes.stream().anyMatch(node -> node.methods.stream().anyMatch(method -> code.contains(node, method)
                && acquisitions(node, method).stream().anyMatch(Acquisition::blocks)));
    }

    /** For {@link ReachableCode#unreachedHint}: where {@code method} calls lock() or lockInterruptibly(), if it does. */
    public static Optional<String> firstAcquisition(CallGraph.Method method) {
        return acquisitions(method.owner(), method.method()).stream().filter(Acquisition::blocks).findFirst()
                .map(a -> a.where() + " calls " + a.call());
    }

    /**
     * Condition, for a question that asks for a Lock or an atomic variable: {@code owner} has no
     * synchronized method and no synchronized block. One sentence per use, naming method and line.
     */
    public static List<String> synchronizedUses(ClassNode owner) {
        List<String> uses = new ArrayList<>();
        for (MethodNode method : owner.methods) {
            String where = simpleName(owner) + "." + method.name;
            if ((method.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                uses.add(where + " (" + owner.sourceFile + ":" + firstLine(method) + ") is synchronized");
            }
            monitorEnterLine(method).ifPresent(line -> uses.add(where + " uses a synchronized block (" + owner.sourceFile + ":" + line + ")"));
        }
        return uses;
    }

    /** Every call of lock(), lockInterruptibly() or tryLock() on a Lock in {@code method}. */
    public static List<Acquisition> acquisitions(ClassNode owner, MethodNode method) {
        List<Acquisition> found = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && LockFields.isLock(call.owner)
                    && (ACQUIRE.contains(call.name) || call.name.equals("tryLock"))) {
                Receiver receiver = receiver(method, call);
                boolean released = ACQUIRE.contains(call.name) && releasedInFinally(method, call, receiver);
                found.add(new Acquisition(owner, method, line(insn), call.name + "()", receiver.source(),
                        receiver.field(), released));
            }
        }
        return found;
    }

    /** Every await*() on a Condition in {@code method}: the field it waits on, or null if not a field. */
    public static List<Acquisition> awaits(ClassNode owner, MethodNode method) {
        List<Acquisition> found = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && call.owner.equals(LockFields.CONDITION)
                    && call.name.startsWith("await")) {
                Receiver receiver = receiver(method, call);
                found.add(new Acquisition(owner, method, line(insn), call.name + "()", receiver.source(), receiver.field(), false));
            }
        }
        return found;
    }

    /** Whether the method contains a {@code synchronized} block. */
    public static Optional<Integer> monitorEnterLine(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.MONITORENTER) {
                return Optional.of(line(insn));
            }
        }
        return Optional.empty();
    }

    private record Receiver(Source source, String field, int local) {
    }

    private static Receiver receiver(MethodNode method, MethodInsnNode call) {
        AbstractInsnNode before = producerOfReceiver(method, call);
        if (before instanceof FieldInsnNode get && (get.getOpcode() == Opcodes.GETFIELD || get.getOpcode() == Opcodes.GETSTATIC)) {
            return new Receiver(Source.FIELD, get.name, -1);
        }
        if (before instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
            // A local copy of a field ("final Lock lock = this.lock;") is as good as the field itself.
            String field = null;
            boolean fromNew = false;
            boolean fromElsewhere = false;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof VarInsnNode store && store.getOpcode() == Opcodes.ASTORE && store.var == load.var) {
                    AbstractInsnNode value = previousReal(store);
                    if (value instanceof FieldInsnNode get && get.getOpcode() == Opcodes.GETFIELD && (field == null || field.equals(get.name))) {
                        field = get.name;
                    } else if (createsLock(value)) {
                        fromNew = true;
                    } else {
                        fromElsewhere = true;
                    }
                }
            }
            if (fromNew) {
                return new Receiver(Source.NEW_LOCAL, null, load.var);
            }
            if (field != null && !fromElsewhere) {
                return new Receiver(Source.FIELD, field, load.var);
            }
            return new Receiver(Source.OTHER, null, load.var);
        }
        return new Receiver(Source.OTHER, null, -1);
    }

    /**
     * The instruction that pushed the receiver of {@code call}, found by data-flow analysis so that
     * arguments pushed after it (awaitNanos(nanos)) do not get in the way; null if it is ambiguous.
     */
    private static AbstractInsnNode producerOfReceiver(MethodNode method, MethodInsnNode call) {
        try {
            Frame<SourceValue>[] frames = new Analyzer<>(new SourceInterpreter()).analyze("Owner", method);
            Frame<SourceValue> frame = frames[method.instructions.indexOf(call)];
            if (frame == null) {
                return null;
            }
            int arguments = Type.getArgumentTypes(call.desc).length;
            SourceValue receiver = frame.getStack(frame.getStackSize() - 1 - arguments);
            return receiver.insns.size() == 1 ? receiver.insns.iterator().next() : null;
        } catch (AnalyzerException e) {
            return previousReal(call);
        }
    }

    /** {@code new ReentrantLock(...)} leaves its value via INVOKESPECIAL <init>, after a DUP. */
    private static boolean createsLock(AbstractInsnNode value) {
        if (value instanceof MethodInsnNode init && init.name.equals("<init>") && LockFields.isLock(init.owner)) {
            return true;
        }
        return value instanceof TypeInsnNode type && type.getOpcode() == Opcodes.NEW && LockFields.isLock(type.desc);
    }

    private static boolean releasedInFinally(MethodNode method, MethodInsnNode call, Receiver receiver) {
        AbstractInsnNode next = call.getNext();
        List<LabelNode> labelsRightAfter = new ArrayList<>();
        while (next != null && next.getOpcode() < 0) {
            if (next instanceof LabelNode label) {
                labelsRightAfter.add(label);
            }
            next = next.getNext();
        }
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            if (block.type == null && labelsRightAfter.contains(block.start) && handlerUnlocks(block.handler, receiver)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the finally handler calls unlock() on the same lock before it rethrows. */
    private static boolean handlerUnlocks(LabelNode handler, Receiver receiver) {
        for (AbstractInsnNode insn = handler; insn != null && insn.getOpcode() != Opcodes.ATHROW; insn = insn.getNext()) {
            if (insn instanceof MethodInsnNode call && call.name.equals("unlock") && LockFields.isLock(call.owner)) {
                AbstractInsnNode before = previousReal(call);
                if (before instanceof FieldInsnNode get && get.name.equals(receiver.field())) {
                    return true;
                }
                if (before instanceof VarInsnNode load && load.var == receiver.local()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static AbstractInsnNode previousReal(AbstractInsnNode insn) {
        AbstractInsnNode prev = insn.getPrevious();
        while (prev != null && prev.getOpcode() < 0) {
            prev = prev.getPrevious();
        }
        return prev;
    }

    static int line(AbstractInsnNode insn) {
        for (AbstractInsnNode i = insn; i != null; i = i.getPrevious()) {
            if (i instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return -1;
    }

    public static int firstLine(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return -1;
    }

    static String simpleName(ClassNode node) {
        return node.name.substring(node.name.lastIndexOf('/') + 1);
    }
}
