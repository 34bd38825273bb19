package concurrency.grader.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/** Whether the executors a package creates are shut down in a {@code finally}, read from the bytecode. */
public final class ExecutorDiscipline {
    private static final Set<String> POOL_CLASSES = Set.of("java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/concurrent/ForkJoinPool");
    private static final Set<String> SHUTDOWN = Set.of("shutdown", "shutdownNow", "close");

    private ExecutorDiscipline() {
    }

    /**
     * One violation per method under {@code dir} (reached or not) that creates an executor (an
     * {@code Executors.new*} factory or a pool constructor) without a {@code finally} (or
     * try-with-resources) that shuts it down; one if nothing that {@code entries} can reach creates
     * an executor at all.
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
                boolean shutsDown = Handlers.finallyCalls(method, call -> SHUTDOWN.contains(call.name)
                        && (call.owner.equals("java/util/concurrent/ExecutorService") || POOL_CLASSES.contains(call.owner)
                        || call.owner.equals("java/lang/AutoCloseable")));
                if (!shutsDown) {
                    violations.add(LockDiscipline.simpleName(node) + "." + method.name + " (" + node.sourceFile
                            + ":" + line + ") creates an executor but no finally block shuts it down");
                }
            }
        }
        if (!reachedPool) {
            violations.add("Nothing that " + reachable.entryPoints() + " runs creates an executor (Executors.newFixedThreadPool,"
                    + " for one)." + reachable.unreachedHint(m -> creation(m)));
        }
        return violations;
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
