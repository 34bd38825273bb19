package concurrency.q6;

import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.ExecutorDiscipline;
import concurrency.grader.design.LockDiscipline;
import concurrency.grader.design.LockDiscipline.Acquisition;
import concurrency.grader.design.LockDiscipline.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** The design rules of Q6: whatever an exception interrupts, the lock and the pool are released in a finally. */
public final class SafeExecutionDesign {
    static final String PACKAGE = "concurrency.q6";

    private SafeExecutionDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(
                new DesignCheck("q6.design.unlock-in-finally", "Every lock() is followed at once by try { ... } finally { unlock(); }",
                        "if the code that holds the lock throws, only a finally releases it; otherwise every other thread that needs it waits forever",
                        SafeExecutionDesign::unlockInFinally),
                new DesignCheck("q6.design.shutdown-in-finally", "Every executor is shut down in a finally block",
                        "a pool that is not shut down when a task or the caller throws keeps its threads, and the JVM, alive",
                        dir -> ExecutorDiscipline.shutdownInFinally(dir, PACKAGE)));
    }

    /** The lock is withLock's parameter, so it is matched by the local it is loaded from, not by a field. */
    static List<String> unlockInFinally(Path dir) {
        List<String> violations = new ArrayList<>();
        int acquisitions = 0;
        for (ClassNode node : ClassFiles.read(dir).values()) {
            for (MethodNode method : node.methods) {
                for (Acquisition a : LockDiscipline.acquisitions(node, method)) {
                    if (a.call().equals("tryLock()")) {
                        continue;
                    }
                    acquisitions++;
                    if (a.source() == Source.NEW_LOCAL) {
                        violations.add(a.where() + ": " + a.call() + " on a lock created in this method, not the one passed in");
                    } else if (!a.releasedInFinally()) {
                        violations.add(a.where() + ": " + a.call() + " is not followed at once by try { ... } finally { unlock(); }"
                                + " on the same lock");
                    }
                }
            }
        }
        if (acquisitions == 0) {
            violations.add("No lock() or lockInterruptibly() call was found in package " + PACKAGE + ": withLock must take the lock.");
        }
        return violations;
    }
}
