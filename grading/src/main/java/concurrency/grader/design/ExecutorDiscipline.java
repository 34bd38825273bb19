package concurrency.grader.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * One violation per method under {@code dir} that creates an executor (an {@code Executors.new*}
     * factory or a pool constructor) without a {@code finally} (or try-with-resources) that shuts it
     * down; one if no method of {@code pkg} creates an executor at all.
     */
    public static List<String> shutdownInFinally(Path dir, String pkg) {
        List<String> violations = new ArrayList<>();
        int pools = 0;
        for (ClassNode node : ClassFiles.read(dir).values()) {
            for (MethodNode method : node.methods) {
                int line = poolCreationLine(method);
                if (line < 0) {
                    continue;
                }
                pools++;
                boolean shutsDown = Handlers.finallyCalls(method, call -> SHUTDOWN.contains(call.name)
                        && (call.owner.equals("java/util/concurrent/ExecutorService") || POOL_CLASSES.contains(call.owner)
                        || call.owner.equals("java/lang/AutoCloseable")));
                if (!shutsDown) {
                    violations.add(LockDiscipline.simpleName(node) + "." + method.name + " (" + node.sourceFile
                            + ":" + line + ") creates an executor but no finally block shuts it down");
                }
            }
        }
        if (pools == 0) {
            violations.add("No executor is created in package " + pkg + " (Executors.newFixedThreadPool, for one).");
        }
        return violations;
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
