package concurrency.q8;

import concurrency.grader.design.CallGraph;
import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The design rule of Q8: the squares are computed on the process pool of Q2. Read from the call
 * graph of {@code SquareTiming.squares} and {@code SquareTiming.measure}. The spec's table gives
 * Q8 no design points: the rule is advice that names the cause when the correctness tests fail
 * for it.
 */
public final class SquareTimingDesign {
    static final String TIMING = "concurrency/q8/SquareTiming";
    static final String POOL = "concurrency/q2/ProcessPool";
    static final List<String> ENTRY_POINTS = List.of("squares", "measure");

    private SquareTimingDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(new DesignCheck("q8.design.uses-process-pool",
                "SquareTiming.squares and SquareTiming.measure create a concurrency.q2.ProcessPool and run the squares on it",
                "the question measures what a pool of worker processes costs and gains, so the work must go through one",
                SquareTimingDesign::usesProcessPool));
    }

    static List<String> usesProcessPool(Path dir) {
        CallGraph graph = new CallGraph(ClassFiles.read(dir));
        List<String> violations = new ArrayList<>();
        for (String entry : ENTRY_POINTS) {
            List<CallGraph.Method> roots = graph.methodsNamed(TIMING, entry);
            if (roots.isEmpty()) {
                violations.add("No method SquareTiming." + entry + " was found in concurrency.q8.");
                continue;
            }
            Set<CallGraph.Method> reached = graph.reachableFrom(roots);
            if (!calls(reached, SquareTimingDesign::createsPool)) {
                violations.add("Nothing that SquareTiming." + entry + " calls creates a concurrency.q2.ProcessPool"
                        + " (new ProcessPool(poolSize)).");
            } else if (!calls(reached, SquareTimingDesign::runsOnPool)) {
                violations.add("SquareTiming." + entry + " creates a ProcessPool but never hands it work"
                        + " (ProcessPool.map or ProcessPool.submit).");
            }
        }
        return violations;
    }

    private static boolean calls(Set<CallGraph.Method> methods, Predicate<MethodInsnNode> call) {
        return methods.stream().anyMatch(m -> CallGraph.firstCall(m, call).isPresent());
    }

    private static boolean createsPool(MethodInsnNode call) {
        return call.owner.equals(POOL) && call.name.equals("<init>");
    }

    private static boolean runsOnPool(MethodInsnNode call) {
        return call.owner.equals(POOL) && (call.name.equals("map") || call.name.equals("submit"));
    }
}
