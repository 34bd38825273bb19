package concurrency.q6;

import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.ExecutorDiscipline;
import concurrency.grader.design.LockDiscipline;
import concurrency.grader.design.LockDiscipline.Origin;
import concurrency.grader.design.ReachableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.ClassNode;

/**
 * The design rules of Q6: whatever an exception interrupts, the lock and the pool are released in a
 * finally. The lock must be taken by code that {@code withLock} runs, and the pool created by code
 * that {@code runAll} runs; every lock() and every pool anywhere must be released in a finally.
 */
public final class SafeExecutionDesign {
    static final String PACKAGE = "concurrency.q6";
    static final String SAFE_EXECUTION = "concurrency/q6/SafeExecution";
    static final EntryPoints WITH_LOCK = EntryPoints.methods(SAFE_EXECUTION, "withLock");
    static final EntryPoints RUN_ALL = EntryPoints.methods(SAFE_EXECUTION, "runAll");

    private SafeExecutionDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(
                new DesignCheck("q6.design.unlock-in-finally", "withLock takes the lock, and every lock() is followed at once by try { ... } finally { unlock(); }",
                        "if the code that holds the lock throws, only a finally releases it; otherwise every other thread that needs it waits forever",
                        SafeExecutionDesign::unlockInFinally),
                new DesignCheck("q6.design.shutdown-in-finally", "runAll runs the tasks on an executor, and every executor is shut down in a finally block",
                        "a pool that is not shut down when a task or the caller throws keeps its threads, and the JVM, alive",
                        dir -> ExecutorDiscipline.shutdownInFinally(dir, RUN_ALL)));
    }

    /** The lock is withLock's parameter, so it is matched by the local it is loaded from, not by a field. */
    static List<String> unlockInFinally(Path dir) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        ReachableCode withLock = ReachableCode.of(classes, WITH_LOCK);
        List<String> violations = new ArrayList<>(withLock.missingEntryPoints());
        violations.addAll(LockDiscipline.everyLockReleasedInFinally(classes.values(), Origin.GIVEN));
        if (withLock.missingEntryPoints().isEmpty() && !LockDiscipline.takesALock(withLock, classes.values())) {
            violations.add("Nothing that SafeExecution.withLock runs calls lock() or lockInterruptibly(): withLock must take the lock"
                    + " it is given." + withLock.unreachedHint(LockDiscipline::firstAcquisition));
        }
        return violations;
    }
}
