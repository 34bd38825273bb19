package concurrency.grader.design;

import java.util.ArrayList;
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
    private static final Set<String> LOCK_TYPES = Set.of(
            "java/util/concurrent/locks/Lock",
            "java/util/concurrent/locks/ReentrantLock",
            "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
            "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock");
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
    }

    /** Every call of lock(), lockInterruptibly() or tryLock() on a Lock in {@code method}. */
    public static List<Acquisition> acquisitions(ClassNode owner, MethodNode method) {
        List<Acquisition> found = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && LOCK_TYPES.contains(call.owner)
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
            if (insn instanceof MethodInsnNode call && call.owner.equals("java/util/concurrent/locks/Condition")
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
        if (value instanceof MethodInsnNode init && init.name.equals("<init>") && LOCK_TYPES.contains(init.owner)) {
            return true;
        }
        return value instanceof TypeInsnNode type && type.getOpcode() == Opcodes.NEW && LOCK_TYPES.contains(type.desc);
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
            if (insn instanceof MethodInsnNode call && call.name.equals("unlock") && LOCK_TYPES.contains(call.owner)) {
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
