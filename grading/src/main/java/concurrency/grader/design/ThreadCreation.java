package concurrency.grader.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Where code makes threads of its own, read from the bytecode. A thread made inside a
 * {@code ThreadFactory} does not count: the factory is how an executor names or configures the
 * threads of its pool, and only the executor calls it. So the factory's body may create threads,
 * and nothing else may call the factory.
 * <p>
 * A factory body is the {@code newThread} method of a class that implements ThreadFactory, or the
 * method that a lambda or method reference turned into a ThreadFactory runs ({@code Thread::new}
 * itself is one too).
 */
public final class ThreadCreation {
    private static final String THREAD = "java/lang/Thread";
    private static final String THREAD_FACTORY = "java/util/concurrent/ThreadFactory";
    private static final String NEW_THREAD = "newThread";
    private static final String NEW_THREAD_DESC = "(Ljava/lang/Runnable;)Ljava/lang/Thread;";

    private final Map<String, ClassNode> classes;
    private final Set<String> factoryBodies = new HashSet<>();

    private ThreadCreation(Map<String, ClassNode> classes) {
        this.classes = classes;
        for (ClassNode node : classes.values()) {
            if (implementsThreadFactory(node)) {
                factoryBodies.add(key(node.name, NEW_THREAD, NEW_THREAD_DESC));
            }
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof InvokeDynamicInsnNode indy && makesAThreadFactory(indy)
                            && indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle body) {
                        factoryBodies.add(key(body.getOwner(), body.getName(), body.getDesc()));
                    }
                }
            }
        }
    }

    /**
     * Condition: no method of {@code classes} makes a thread outside a ThreadFactory, or calls a
     * ThreadFactory itself. One sentence per place (class, method, line) that does.
     */
    public static List<String> threadsOutsideAFactory(Map<String, ClassNode> classes) {
        return new ThreadCreation(classes).violations();
    }

    private List<String> violations() {
        List<String> violations = new ArrayList<>();
        for (ClassNode node : classes.values()) {
            for (MethodNode method : node.methods) {
                if (factoryBodies.contains(key(node.name, method.name, method.desc))) {
                    continue;
                }
                String where = CallGraph.simpleName(node.name) + "." + method.name + " (" + node.sourceFile + ":";
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call && constructsAThread(node, method, call)) {
                        violations.add(where + LockDiscipline.line(insn) + ") creates a " + CallGraph.simpleName(call.owner));
                    } else if (insn instanceof MethodInsnNode call && callsAFactory(call)) {
                        violations.add(where + LockDiscipline.line(insn) + ") calls " + CallGraph.simpleName(call.owner) + "."
                                + call.name + " itself: a ThreadFactory is for the executor, which calls it to make its threads");
                    } else if (insn instanceof InvokeDynamicInsnNode indy && !makesAThreadFactory(indy) && referencesAThreadConstructor(indy)) {
                        violations.add(where + LockDiscipline.line(insn) + ") refers to a Thread constructor");
                    }
                }
            }
        }
        return violations;
    }

    /** A constructor call of Thread or a subclass, other than the super(...) call of a subclass's constructor. */
    private boolean constructsAThread(ClassNode node, MethodNode method, MethodInsnNode call) {
        boolean superCall = method.name.equals("<init>") && call.owner.equals(node.superName);
        return call.getOpcode() == Opcodes.INVOKESPECIAL && call.name.equals("<init>") && !superCall && isThread(call.owner);
    }

    private boolean callsAFactory(MethodInsnNode call) {
        return (call.name.equals(NEW_THREAD) && call.desc.equals(NEW_THREAD_DESC))
                || factoryBodies.contains(key(call.owner, call.name, call.desc));
    }

    private boolean referencesAThreadConstructor(InvokeDynamicInsnNode indy) {
        for (Object argument : indy.bsmArgs) {
            if (argument instanceof Handle handle && handle.getTag() == Opcodes.H_NEWINVOKESPECIAL && isThread(handle.getOwner())) {
                return true;
            }
        }
        return false;
    }

    private static boolean makesAThreadFactory(InvokeDynamicInsnNode indy) {
        return indy.name.equals(NEW_THREAD) && Type.getReturnType(indy.desc).getInternalName().equals(THREAD_FACTORY);
    }

    private boolean implementsThreadFactory(ClassNode node) {
        for (ClassNode c = node; c != null; c = c.superName == null ? null : classes.get(c.superName)) {
            if (c.interfaces.contains(THREAD_FACTORY)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code type} is Thread or extends it, through the classes read or the JDK's. */
    private boolean isThread(String type) {
        for (String t = type; t != null; ) {
            if (t.equals(THREAD)) {
                return true;
            }
            ClassNode node = classes.get(t);
            if (node != null) {
                t = node.superName;
                continue;
            }
            try {
                return Thread.class.isAssignableFrom(Class.forName(t.replace('/', '.'), false, ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
        return false;
    }

    private static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }
}
