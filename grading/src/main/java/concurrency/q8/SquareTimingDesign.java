package concurrency.q8;

import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.ReachableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.ClassNode;
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
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        List<String> violations = new ArrayList<>();
        for (String entry : ENTRY_POINTS) {
            ReachableCode code = ReachableCode.of(classes, EntryPoints.methods(TIMING, entry));
            if (!code.missingEntryPoints().isEmpty()) {
                violations.addAll(code.missingEntryPoints());
                continue;
            }
            if (code.firstCall(SquareTimingDesign::createsPool).isEmpty()) {
                violations.add("Nothing that SquareTiming." + entry + " runs creates a concurrency.q2.ProcessPool"
                        + " (new ProcessPool(poolSize)).");
            } else if (code.firstCall(SquareTimingDesign::runsOnPool).isEmpty()) {
                violations.add("SquareTiming." + entry + " creates a ProcessPool but never hands it work"
                        + " (ProcessPool.map or ProcessPool.submit).");
            }
        }
        return violations;
    }

    private static boolean createsPool(MethodInsnNode call) {
        return call.owner.equals(POOL) && call.name.equals("<init>");
    }

    private static boolean runsOnPool(MethodInsnNode call) {
        return call.owner.equals(POOL) && (call.name.equals("map") || call.name.equals("submit"));
    }
}
