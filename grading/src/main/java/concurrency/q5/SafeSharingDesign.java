package concurrency.q5;

import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.LockDiscipline;
import concurrency.grader.design.LockDiscipline.Origin;
import concurrency.grader.design.LockDiscipline.Source;
import concurrency.grader.design.LockFields;
import concurrency.grader.design.Pauses;
import concurrency.grader.design.ReachableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The design rules of Q5: {@code BoundedBuffer} is a lock with two conditions that it waits on in
 * loops, and {@code AtomicCounter} is built on an atomic variable. Read from the bytecode. What the
 * rules ask for (lock(), newCondition, await, an atomic update) counts only in the code that the
 * class's public constructors and methods can run; what they forbid counts in every method.
 */
public final class SafeSharingDesign {
    private static final String BUFFER = "concurrency/q5/BoundedBuffer";
    private static final String COUNTER = "concurrency/q5/AtomicCounter";
    private static final String ATOMIC_PACKAGE = "java/util/concurrent/atomic/";
    static final EntryPoints BUFFER_API = EntryPoints.publicApiOf(BUFFER);
    static final EntryPoints COUNTER_API = EntryPoints.publicApiOf(COUNTER);

    private SafeSharingDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(
                new DesignCheck("q5.design.buffer-lock-and-conditions",
                        "BoundedBuffer keeps one Lock in a private final field, and producers and consumers wait on two Conditions of it",
                        "one lock makes put, take and size exclude each other; with a Condition each, a signal always wakes a thread "
                                + "that can go on, while with one shared Condition it can wake the wrong kind and the wake-up is lost",
                        SafeSharingDesign::bufferLockAndConditions),
                new DesignCheck("q5.design.buffer-waits-in-loops",
                        "BoundedBuffer waits on its Conditions inside while loops, and never sleeps or spins",
                        "a woken thread must re-check the buffer, because another thread may have changed it first; sleeping "
                                + "wakes up late and spinning burns a CPU",
                        SafeSharingDesign::bufferWaitsInLoops),
                new DesignCheck("q5.design.atomic-counter",
                        "AtomicCounter is built on java.util.concurrent.atomic, without locks or synchronized",
                        "an atomic variable updates in one indivisible step without blocking anyone; count++ on a plain or "
                                + "volatile field is three steps, and synchronized or a lock is not what the question asks for",
                        SafeSharingDesign::atomicCounter));
    }

    static List<String> bufferLockAndConditions(Path dir) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        ClassNode buffer = classes.get(BUFFER);
        if (buffer == null) {
            return List.of("There is no class concurrency.q5.BoundedBuffer.");
        }
        List<String> violations = new ArrayList<>(LockFields.exactlyOneLock(buffer));
        violations.addAll(LockFields.privateFinalPerInstance(buffer, LockFields.locksOf(buffer), "lock"));
        List<FieldNode> conditions = LockFields.conditionsOf(buffer);
        if (conditions.size() != 2) {
            violations.add("BoundedBuffer declares " + conditions.size() + " fields of type Condition; it needs two, "
                    + "one for producers (notFull) and one for consumers (notEmpty).");
        }
        violations.addAll(LockFields.privateFinalPerInstance(buffer, conditions, "Condition"));
        ReachableCode api = ReachableCode.of(classes, BUFFER_API);
        long newConditions = calls(buffer, api).stream().filter(c -> LockFields.isLock(c.owner) && c.name.equals("newCondition")).count();
        if (newConditions < 2) {
            violations.add("BoundedBuffer calls newCondition() on its lock " + newConditions + " time(s); make both Conditions from the lock.");
        }
        Set<String> waitedOn = new TreeSet<>();
        for (MethodNode method : reached(buffer, api)) {
            LockDiscipline.awaits(buffer, method).stream().filter(a -> a.source() == Source.FIELD).forEach(a -> waitedOn.add(a.field()));
        }
        if (conditions.size() == 2 && waitedOn.size() < 2) {
            violations.add("BoundedBuffer waits on " + (waitedOn.isEmpty() ? "no Condition" : "only " + waitedOn)
                    + ": put must wait on one Condition (notFull), take on the other (notEmpty).");
        }
        LockDiscipline.synchronizedUses(buffer).forEach(use -> violations.add(use + ": use the Lock instead"));
        violations.addAll(LockDiscipline.everyLockReleasedInFinally(List.of(buffer), Origin.FIELD));
        if (!LockDiscipline.takesALock(api, List.of(buffer))) {
            violations.add("Nothing that " + BUFFER_API.description() + " run calls lock() (or lockInterruptibly()) on its lock."
                    + api.unreachedHint(m -> m.owner() == buffer ? LockDiscipline.firstAcquisition(m) : Optional.empty()));
        }
        return violations;
    }

    static List<String> bufferWaitsInLoops(Path dir) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        ClassNode buffer = classes.get(BUFFER);
        if (buffer == null) {
            return List.of("There is no class concurrency.q5.BoundedBuffer.");
        }
        ReachableCode api = ReachableCode.of(classes, BUFFER_API);
        List<String> violations = new ArrayList<>();
        int awaits = 0;
        for (MethodNode method : buffer.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (!(insn instanceof MethodInsnNode call)) {
                    continue;
                }
                String where = "BoundedBuffer." + method.name + " (" + buffer.sourceFile + ":" + line(insn) + ")";
                if (Pauses.isPause(call.owner, call.name)) {
                    violations.add(where + " calls " + call.owner.substring(call.owner.lastIndexOf('/') + 1) + "." + call.name
                            + ": wait on a Condition instead of sleeping, yielding or spinning");
                } else if (call.owner.equals(LockFields.CONDITION) && call.name.startsWith("await")) {
                    awaits += api.contains(buffer, method) ? 1 : 0;
                    if (!insideLoop(method, call)) {
                        violations.add(where + " calls " + call.name + "() outside a loop: after waking up, check the buffer "
                                + "again (while (...) { condition.await(); }), not just once (if)");
                    }
                }
            }
        }
        if (awaits == 0) {
            violations.add("Nothing that " + BUFFER_API.description() + " run waits on a Condition (await): put and take must"
                    + " wait while they cannot go on." + api.unreachedCallHint(c -> c.owner.equals(LockFields.CONDITION) && c.name.startsWith("await")));
        }
        return violations;
    }

    static List<String> atomicCounter(Path dir) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        ClassNode counter = classes.get(COUNTER);
        if (counter == null) {
            return List.of("There is no class concurrency.q5.AtomicCounter.");
        }
        List<String> violations = new ArrayList<>();
        boolean atomicField = counter.fields.stream().anyMatch(f -> Type.getType(f.desc).getInternalName().startsWith(ATOMIC_PACKAGE)
                || f.desc.startsWith("L" + ATOMIC_PACKAGE));
        ReachableCode api = ReachableCode.of(classes, COUNTER_API);
        boolean atomicCalls = calls(counter, api).stream().anyMatch(c -> c.owner.startsWith(ATOMIC_PACKAGE));
        if (!atomicField) {
            violations.add("AtomicCounter keeps no value in a java.util.concurrent.atomic class (an AtomicLong, for one).");
        } else if (!atomicCalls) {
            violations.add("Nothing that " + COUNTER_API.description() + " run reads or updates the atomic variable."
                    + api.unreachedCallHint(c -> c.owner.startsWith(ATOMIC_PACKAGE)));
        }
        LockDiscipline.synchronizedUses(counter).forEach(use -> violations.add(use + ": an atomic variable needs no lock"));
        for (MethodNode method : counter.methods) {
            String where = "AtomicCounter." + method.name;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call && call.owner.startsWith("java/util/concurrent/locks/")) {
                    violations.add(where + " (" + counter.sourceFile + ":" + line(insn) + ") uses a lock: an atomic variable needs none");
                }
                if (insn instanceof FieldInsnNode put && put.getOpcode() == Opcodes.PUTFIELD && put.owner.equals(COUNTER)
                        && !method.name.equals("<init>") && Type.getType(put.desc).getSort() <= Type.DOUBLE) {
                    violations.add(where + " (" + counter.sourceFile + ":" + line(insn) + ") writes the number field '" + put.name
                            + "' itself (like count++): read, add and write are three steps that another thread can "
                            + "interleave with, even on a volatile field");
                }
            }
        }
        return violations;
    }

    /** Whether a jump after {@code call} goes back to before it: the call is inside a loop. */
    private static boolean insideLoop(MethodNode method, MethodInsnNode call) {
        int at = method.instructions.indexOf(call);
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof JumpInsnNode jump && method.instructions.indexOf(jump) > at
                    && method.instructions.indexOf(jump.label) < at) {
                return true;
            }
        }
        return false;
    }

    /** The methods of {@code owner} that {@code reachable} holds. */
    private static List<MethodNode> reached(ClassNode owner, ReachableCode reachable) {
        return owner.methods.stream().filter(m -> reachable.contains(owner, m)).toList();
    }

    /** The calls made by the methods of {@code owner} that {@code reachable} holds. */
    private static List<MethodInsnNode> calls(ClassNode owner, ReachableCode reachable) {
        List<MethodInsnNode> calls = new ArrayList<>();
        for (MethodNode method : reached(owner, reachable)) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }

    private static int line(AbstractInsnNode insn) {
        for (AbstractInsnNode i = insn; i != null; i = i.getPrevious()) {
            if (i instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return 0;
    }
}
