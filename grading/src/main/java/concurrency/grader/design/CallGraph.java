package concurrency.grader.design;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Which methods of a set of classes some roots can run. An edge goes from a method to
 * <ul>
 * <li>the methods it calls: a static, private, super or constructor call to the one method it
 * names, a virtual or interface call to every method with that name and descriptor in the named
 * class and in the classes of the set related to it (its supertypes and subtypes, an
 * over-approximation of dispatch); calls into the JDK are leaves;</li>
 * <li>the body of every lambda and method reference it creates (an invokedynamic whose bootstrap
 * arguments name a method of the set), since a lambda handed to an executor runs that body;</li>
 * <li>for every class of the set it instantiates, the methods by which the JDK calls back into the
 * object: those that implement or override a method of a JDK supertype (a Runnable's run, a
 * Callable's call, a Thread's run, an Object's toString);</li>
 * <li>the static initializer of every class of the set whose code or static fields it uses.</li>
 * </ul>
 * Code that no root can reach this way never runs, so it earns nothing (see {@link ReachableCode}).
 */
public final class CallGraph {
    private final Map<String, ClassNode> classes;
    private final Map<String, Set<String>> supertypes = new HashMap<>();

    /** A method of one of the classes, by its class's internal name. */
    public record Method(ClassNode owner, MethodNode method) {
        public String describe() {
            return simpleName(owner.name) + "." + method.name;
        }

        /** {@code Owner.method (Owner.java:line)}, the line being the method's first one. */
        public String where() {
            return describe() + " (" + owner.sourceFile + ":" + firstLine(method) + ")";
        }

        public boolean isConstructor() {
            return method.name.equals("<init>");
        }
    }

    public CallGraph(Map<String, ClassNode> classes) {
        this.classes = classes;
    }

    public Map<String, ClassNode> classes() {
        return classes;
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
        Set<Method> reached = new LinkedHashSet<>();
        Deque<Method> todo = new ArrayDeque<>();
        Set<String> initialised = new HashSet<>();
        Set<String> instantiated = new HashSet<>();
        for (Method root : roots) {
            if (reached.add(root)) {
                todo.push(root);
            }
        }
        while (!todo.isEmpty()) {
            Method next = todo.pop();
            List<Method> callees = new ArrayList<>();
            List<String> used = new ArrayList<>(List.of(next.owner().name));
            List<String> created = new ArrayList<>();
            for (AbstractInsnNode insn : next.method().instructions) {
                if (insn instanceof MethodInsnNode call && classes.containsKey(call.owner)) {
                    callees.addAll(dispatch(call.owner, call.name, call.desc, call.getOpcode() != Opcodes.INVOKEVIRTUAL
                            && call.getOpcode() != Opcodes.INVOKEINTERFACE));
                    used.add(call.owner);
                } else if (insn instanceof InvokeDynamicInsnNode indy) {
                    for (Object argument : indy.bsmArgs) {
                        if (argument instanceof Handle handle && classes.containsKey(handle.getOwner())) {
                            boolean exact = handle.getTag() == Opcodes.H_INVOKESTATIC || handle.getTag() == Opcodes.H_INVOKESPECIAL
                                    || handle.getTag() == Opcodes.H_NEWINVOKESPECIAL;
                            callees.addAll(dispatch(handle.getOwner(), handle.getName(), handle.getDesc(), exact));
                            if (handle.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
                                created.add(handle.getOwner());
                            }
                        }
                    }
                } else if (insn instanceof TypeInsnNode type && type.getOpcode() == Opcodes.NEW && classes.containsKey(type.desc)) {
                    created.add(type.desc);
                } else if (insn instanceof FieldInsnNode field && classes.containsKey(field.owner)
                        && (field.getOpcode() == Opcodes.GETSTATIC || field.getOpcode() == Opcodes.PUTSTATIC)) {
                    used.add(field.owner);
                }
            }
            for (String type : created) {
                if (instantiated.add(type)) {
                    callees.addAll(callbacks(type));
                }
                used.add(type);
            }
            for (String type : used) {
                if (initialised.add(type)) {
                    callees.addAll(methodsNamed(type, "<clinit>"));
                }
            }
            for (Method callee : callees) {
                if (reached.add(callee)) {
                    todo.push(callee);
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
                return Optional.of(method.describe() + " (" + method.owner().sourceFile + ":" + line + ") calls "
                        + simpleName(invoke.owner) + "." + invoke.name);
            }
        }
        return Optional.empty();
    }

    static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    static int firstLine(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return -1;
    }

    /**
     * The methods a call can run: the one it names, resolved upwards through the set, if
     * {@code exact} (static, private, super and constructor calls); otherwise also every override in
     * the classes of the set that are related to {@code owner}.
     */
    private List<Method> dispatch(String owner, String name, String desc, boolean exact) {
        List<Method> found = new ArrayList<>();
        for (String type : exact ? supertypesOf(owner) : related(owner)) {
            ClassNode node = classes.get(type);
            for (MethodNode m : node.methods) {
                boolean concrete = (m.access & Opcodes.ACC_ABSTRACT) == 0;
                if (m.name.equals(name) && m.desc.equals(desc) && (concrete || !exact)) {
                    found.add(new Method(node, m));
                }
            }
            if (exact && !found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    /** {@code type} and its supertypes within the set, nearest first. */
    private List<String> supertypesOf(String type) {
        List<String> chain = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            ClassNode node = classes.get(next);
            if (node == null || chain.contains(next)) {
                continue;
            }
            chain.add(next);
            if (node.superName != null) {
                todo.addLast(node.superName);
            }
            todo.addAll(node.interfaces);
        }
        return chain;
    }

    /** {@code type}, its supertypes and its subtypes within the set. */
    private Set<String> related(String type) {
        Set<String> related = new LinkedHashSet<>(supertypesOf(type));
        for (ClassNode node : classes.values()) {
            if (allSupertypes(node.name).contains(type)) {
                related.add(node.name);
            }
        }
        return related;
    }

    /** Every supertype of {@code type}, in the set or not. */
    private Set<String> allSupertypes(String type) {
        return supertypes.computeIfAbsent(type, t -> {
            Set<String> all = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(t));
            while (!todo.isEmpty()) {
                String next = todo.removeFirst();
                if (!all.add(next)) {
                    continue;
                }
                ClassNode node = classes.get(next);
                if (node != null) {
                    if (node.superName != null) {
                        todo.addLast(node.superName);
                    }
                    todo.addAll(node.interfaces);
                }
            }
            return all;
        });
    }

    /**
     * The methods of an instantiated class (its own and those it inherits from the set) through
     * which the JDK can call it: those with the name and parameters of a method of a JDK supertype.
     * A supertype that is neither in the set nor in the JDK counts every public or protected method.
     */
    private List<Method> callbacks(String type) {
        Set<String> jdkSignatures = new HashSet<>();
        boolean unknownSupertype = false;
        for (String supertype : allSupertypes(type)) {
            if (classes.containsKey(supertype)) {
                continue;
            }
            try {
                Class<?> jdk = Class.forName(supertype.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
                for (Class<?> c = jdk; c != null; c = c.getSuperclass()) {
                    for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                        if (!Modifier.isPrivate(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                            jdkSignatures.add(m.getName() + parameters(Type.getMethodDescriptor(m)));
                        }
                    }
                }
                for (java.lang.reflect.Method m : jdk.getMethods()) {
                    jdkSignatures.add(m.getName() + parameters(Type.getMethodDescriptor(m)));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                unknownSupertype = true;
            }
        }
        List<Method> callbacks = new ArrayList<>();
        for (String own : supertypesOf(type)) {
            ClassNode node = classes.get(own);
            for (MethodNode m : node.methods) {
                boolean instance = (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_ABSTRACT)) == 0
                        && !m.name.startsWith("<");
                boolean visible = (m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
                if (instance && (jdkSignatures.contains(m.name + parameters(m.desc)) || (unknownSupertype && visible))) {
                    callbacks.add(new Method(node, m));
                }
            }
        }
        return callbacks;
    }

    private static String parameters(String descriptor) {
        return descriptor.substring(0, descriptor.indexOf(')') + 1);
    }
}
