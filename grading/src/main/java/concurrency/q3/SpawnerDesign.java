package concurrency.q3;

import concurrency.grader.design.CallGraph;
import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.ReachableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.ClassNode;

/**
 * The design rule of Q3: the children are processes. Read from the call graph of each public
 * method of {@code Spawner} (lambdas included), since threads that print a greeting can look like
 * children from the outside. The spec's table gives Q3 no design points: the rule is advice that
 * names the cause when the correctness tests fail for it.
 */
public final class SpawnerDesign {
    static final String SPAWNER = "concurrency/q3/Spawner";
    static final List<String> ENTRY_POINTS = List.of("greetAll", "run");

    private SpawnerDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(new DesignCheck("q3.design.starts-processes",
                "Spawner.greetAll and Spawner.run start child processes (ProcessBuilder.start)",
                "multiprocessing means child JVMs: threads of this JVM share its heap and die with it",
                SpawnerDesign::startsProcesses));
    }

    static List<String> startsProcesses(Path dir) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        List<String> violations = new ArrayList<>();
        for (String entry : ENTRY_POINTS) {
            ReachableCode code = ReachableCode.of(classes, EntryPoints.methods(SPAWNER, entry));
            if (!code.missingEntryPoints().isEmpty()) {
                violations.addAll(code.missingEntryPoints());
            } else if (code.firstCall(CallGraph::startsAProcess).isEmpty()) {
                violations.add("Nothing that Spawner." + entry + " runs starts a process: start each child JVM with"
                        + " ProcessBuilder.start (the java launcher of java.home, this JVM's class path, the main class).");
            }
        }
        return violations;
    }
}
