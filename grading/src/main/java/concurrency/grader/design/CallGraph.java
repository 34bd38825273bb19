package concurrency.grader.design;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which methods of a set of classes some roots can reach: by calls to those classes' methods, and
 * by lambdas and method references (an invokedynamic whose bootstrap arguments name one of their
 * methods), since a lambda handed to an executor runs the code in its body. A call on a class of
 * the set reaches every method of the set with that name and descriptor (an over-approximation of
 * virtual dispatch); calls into the JDK are leaves.
 */
public final class CallGraph {
    private final Map<String, ClassNode> classes;

    /** A method of one of the classes, by its class's internal name. */
    public record Method(ClassNode owner, MethodNode method) {
        public String describe() {
            String simple = owner.name.substring(owner.name.lastIndexOf('/') + 1);
            return simple + "." + method.name;
        }
    }

    public CallGraph(Map<String, ClassNode> classes) {
        this.classes = classes;
    }

    /** The methods of every class whose internal name satisfies {@code root}. */
    public List<Method> methodsOf(Predicate<String> root) {
        List<Method> methods = new ArrayList<>();
        classes.values().stream().filter(c -> root.test(c.name))
                .forEach(c -> c.methods.forEach(m -> methods.add(new Method(c, m))));
        return methods;
    }

    /** The methods called {@code name} (any descriptor) of the class {@code owner} (an internal name). */
    public List<Method> methodsNamed(String owner, String name) {
        return methodsOf(owner::equals).stream().filter(m -> m.method().name.equals(name)).toList();
    }

    /** Every method reachable from {@code roots}, the roots included. */
    public Set<Method> reachableFrom(List<Method> roots) {
        Set<Method> reached = new LinkedHashSet<>(roots);
        Deque<Method> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Method next = todo.pop();
            for (AbstractInsnNode insn : next.method().instructions) {
                for (Method callee : callees(insn)) {
                    if (reached.add(callee)) {
                        todo.push(callee);
                    }
                }
            }
        }
        return reached;
    }

    /** A call that starts a process: {@code ProcessBuilder.start} or {@code Runtime.exec}. */
    public static boolean startsAProcess(MethodInsnNode call) {
        return (call.owner.equals("java/lang/ProcessBuilder") && call.name.equals("start"))
                || (call.owner.equals("java/lang/Runtime") && call.name.equals("exec"));
    }

    /** The first call in {@code method} matching {@code call}, with its source line (or -1). */
    public static Optional<String> firstCall(Method method, Predicate<MethodInsnNode> call) {
        int line = -1;
        for (AbstractInsnNode insn : method.method().instructions) {
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            } else if (insn instanceof MethodInsnNode invoke && call.test(invoke)) {
                String owner = invoke.owner.substring(invoke.owner.lastIndexOf('/') + 1);
                return Optional.of(method.describe() + " (" + method.owner().sourceFile + ":" + line + ") calls "
                        + owner + "." + invoke.name);
            }
        }
        return Optional.empty();
    }

    private List<Method> callees(AbstractInsnNode insn) {
        List<Method> callees = new ArrayList<>();
        if (insn instanceof MethodInsnNode call && classes.containsKey(call.owner)) {
            callees.addAll(named(call.name, call.desc));
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
            for (Object argument : indy.bsmArgs) {
                if (argument instanceof Handle handle && classes.containsKey(handle.getOwner())) {
                    callees.addAll(named(handle.getName(), handle.getDesc()));
                }
            }
        }
        return callees;
    }

    private List<Method> named(String name, String desc) {
        List<Method> found = new ArrayList<>();
        for (ClassNode c : classes.values()) {
            for (MethodNode m : c.methods) {
                if (m.name.equals(name) && m.desc.equals(desc)) {
                    found.add(new Method(c, m));
                }
            }
        }
        return found;
    }
}
