package concurrency.grader.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Whether the executors a package creates are shut down in a {@code finally}, read from the
 * bytecode. The finally may sit in the method that creates the pool or, if that method hands the
 * pool back (a factory method such as {@code newPool(threads)}), in every method that calls it.
 */
public final class ExecutorDiscipline {
    private static final Set<String> POOL_CLASSES = Set.of("java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/concurrent/ForkJoinPool");
    /** The types a method can hand a pool back as. */
    private static final Set<String> EXECUTOR_TYPES = Set.of("java/util/concurrent/Executor", "java/util/concurrent/ExecutorService",
            "java/util/concurrent/ScheduledExecutorService", "java/lang/AutoCloseable", "java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/concurrent/ForkJoinPool");
    private static final Set<String> SHUTDOWN = Set.of("shutdown", "shutdownNow", "close");

    private ExecutorDiscipline() {
    }

    /**
     * One violation per method under {@code dir} (reached or not) that creates an executor (an
     * {@code Executors.new*} factory or a pool constructor) that no {@code finally} (or
     * try-with-resources) shuts down, its own or its callers' if it returns the pool; one if
     * nothing that {@code entries} can reach creates an executor at all.
     */
    public static List<String> shutdownInFinally(Path dir, EntryPoints entries) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        ReachableCode reachable = ReachableCode.of(classes, entries);
        List<String> violations = new ArrayList<>(reachable.missingEntryPoints());
        boolean reachedPool = false;
        for (ClassNode node : classes.values()) {
            for (MethodNode method : node.methods) {
                int line = poolCreationLine(method);
                if (line < 0) {
                    continue;
                }
                reachedPool |= reachable.contains(node, method);
                CallGraph.Method creator = new CallGraph.Method(node, method);
                String where = creator.describe() + " (" + node.sourceFile + ":" + line + ") creates an executor";
                if (shutsDownInAFinally(method)) {
                    continue;
                }
                List<CallGraph.Method> callers = handsBackAPool(method) ? callersOf(classes, creator) : List.of();
                if (callers.isEmpty()) {
                    violations.add(where + " but no finally block shuts it down");
                }
                callers.stream().filter(caller -> !shutDownByCaller(classes, caller, new HashSet<>(Set.of(creator)))).findFirst()
                        .ifPresent(caller -> violations.add(where + " and returns it, but " + caller.where()
                                + ", which calls it, has no finally block that shuts it down"));
            }
        }
        if (!reachedPool) {
            violations.add("Nothing that " + reachable.entryPoints() + " runs creates an executor (Executors.newFixedThreadPool,"
                    + " for one)." + reachable.unreachedHint(m -> creation(m)));
        }
        return violations;
    }

    /** Predicate: a call that shuts a pool down. */
    static boolean shutsDown(MethodInsnNode call) {
        return SHUTDOWN.contains(call.name) && (call.owner.equals("java/util/concurrent/ExecutorService")
                || POOL_CLASSES.contains(call.owner) || call.owner.equals("java/lang/AutoCloseable"));
    }

    private static boolean shutsDownInAFinally(MethodNode method) {
        return Handlers.finallyCalls(method, ExecutorDiscipline::shutsDown);
    }

    private static boolean handsBackAPool(MethodNode method) {
        Type returned = Type.getReturnType(method.desc);
        return returned.getSort() == Type.OBJECT && EXECUTOR_TYPES.contains(returned.getInternalName());
    }

    /**
     * Whether the pool that {@code caller} receives is shut down in a finally: its own, or, if it
     * hands the pool on, that of every method that calls it. {@code path} stops recursion.
     */
    private static boolean shutDownByCaller(Map<String, ClassNode> classes, CallGraph.Method caller, Set<CallGraph.Method> path) {
        if (shutsDownInAFinally(caller.method())) {
            return true;
        }
        if (!handsBackAPool(caller.method()) || !path.add(caller)) {
            return false;
        }
        List<CallGraph.Method> callers = callersOf(classes, caller);
        boolean all = !callers.isEmpty() && callers.stream().allMatch(c -> shutDownByCaller(classes, c, path));
        path.remove(caller);
        return all;
    }

    /** The methods of {@code classes} that call {@code callee} directly. */
    private static List<CallGraph.Method> callersOf(Map<String, ClassNode> classes, CallGraph.Method callee) {
        List<CallGraph.Method> callers = new ArrayList<>();
        for (ClassNode node : classes.values()) {
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof MethodInsnNode call && call.owner.equals(callee.owner().name)
                            && call.name.equals(callee.method().name) && call.desc.equals(callee.method().desc)) {
                        callers.add(new CallGraph.Method(node, method));
                        break;
                    }
                }
            }
        }
        return callers;
    }

    private static Optional<String> creation(CallGraph.Method method) {
        int line = poolCreationLine(method.method());
        return line < 0 ? Optional.empty()
                : Optional.of(method.describe() + " (" + method.owner().sourceFile + ":" + line + ") creates one");
    }

    /** The line where {@code method} creates an executor, or -1. */
    private static int poolCreationLine(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            boolean factory = insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC
                    && call.owner.equals("java/util/concurrent/Executors") && call.name.startsWith("new");
            boolean constructed = insn instanceof TypeInsnNode type && type.getOpcode() == Opcodes.NEW && POOL_CLASSES.contains(type.desc);
            if (factory || constructed) {
                for (AbstractInsnNode i = insn; i != null; i = i.getPrevious()) {
                    if (i instanceof LineNumberNode line) {
                        return line.line;
                    }
                }
                return 0;
            }
        }
        return -1;
    }
}
