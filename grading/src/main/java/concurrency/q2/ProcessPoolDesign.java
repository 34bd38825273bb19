package concurrency.q2;

import concurrency.grader.design.CallGraph;
import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.ReachableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The design rules of Q2: the pool's work happens in worker processes. Read from the code that
 * {@code ProcessPool}'s public constructors and methods can run (lambdas and the run methods of
 * its threads included), since a pool on threads and a pool on processes have the same API and can
 * pass the same unit tests. Calling Task.apply is forbidden in every method of ProcessPool, and in
 * all they can run.
 */
public final class ProcessPoolDesign {
    static final String PACKAGE = "concurrency/q2/";
    static final String POOL = PACKAGE + "ProcessPool";
    static final String TASK = PACKAGE + "Task";
    static final String WORKER = PACKAGE + "Worker";
    static final EntryPoints POOL_API = EntryPoints.publicApiOf(POOL);
    static final EntryPoints POOL_CODE = EntryPoints.everyMethodOf(POOL);
    static final EntryPoints WORKER_MAIN = EntryPoints.methods(WORKER, "main");

    private ProcessPoolDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(
                new DesignCheck("q2.design.starts-processes", "ProcessPool starts its workers as processes (ProcessBuilder.start)",
                        "a process pool runs its tasks in separate JVMs; threads in this JVM would make it a thread pool",
                        ProcessPoolDesign::startsProcesses),
                new DesignCheck("q2.design.no-task-in-pool-jvm", "Tasks run in the worker: Worker.main calls Task.apply, ProcessPool's code never does",
                        "the work must happen in the worker JVMs; code reachable from ProcessPool runs in the pool's JVM",
                        ProcessPoolDesign::noTaskInPoolJvm));
    }

    static List<String> startsProcesses(Path dir) {
        ReachableCode pool = ReachableCode.of(dir, POOL_API);
        if (!pool.missingEntryPoints().isEmpty()) {
            return pool.missingEntryPoints();
        }
        boolean starts = pool.firstCall(CallGraph::startsAProcess).isPresent();
        return starts ? List.of() : List.of("Nothing that ProcessPool's public constructors and methods run starts a process"
                + " (ProcessBuilder.start): the workers must be JVMs of their own, started with ProcessBuilder and the"
                + " concurrency.q2.Worker main class." + pool.unreachedCallHint(CallGraph::startsAProcess));
    }

    static List<String> noTaskInPoolJvm(Path dir) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        ReachableCode pool = ReachableCode.of(classes, POOL_CODE);
        ReachableCode worker = ReachableCode.of(classes, WORKER_MAIN);
        if (!pool.missingEntryPoints().isEmpty() || !worker.missingEntryPoints().isEmpty()) {
            return List.of("The classes concurrency.q2.ProcessPool and concurrency.q2.Worker (with a main method) must both exist.");
        }
        List<String> violations = new ArrayList<>();
        Set<CallGraph.Method> fromPool = pool.methods();
        fromPool.stream().map(m -> CallGraph.firstCall(m, ProcessPoolDesign::isApply)).flatMap(Optional::stream)
                .map(v -> v + ", and ProcessPool's code can reach it: that runs the task in the pool's JVM. Send the task to"
                        + " a worker process and call apply only there.")
                .forEach(violations::add);
        if (violations.isEmpty() && fromPool.stream().anyMatch(ProcessPoolDesign::isApplyItself)) {
            violations.add("ProcessPool's code refers to Task::apply (a method reference): that runs the task in the pool's JVM.");
        }
        boolean workerRuns = worker.methods().stream()
                .anyMatch(m -> isApplyItself(m) || CallGraph.firstCall(m, ProcessPoolDesign::isApply).isPresent());
        if (!workerRuns) {
            violations.add("Worker.main never calls Task.apply: the worker JVM must run the tasks it receives.");
        }
        return violations;
    }

    private static boolean isApply(MethodInsnNode call) {
        return call.owner.equals(TASK) && call.name.equals("apply");
    }

    private static boolean isApplyItself(CallGraph.Method method) {
        return method.owner().name.equals(TASK) && method.method().name.equals("apply");
    }
}
