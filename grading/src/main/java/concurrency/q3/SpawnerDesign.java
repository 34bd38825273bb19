package concurrency.q3;

import concurrency.grader.design.CallGraph;
import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        CallGraph graph = new CallGraph(ClassFiles.read(dir));
        List<String> violations = new ArrayList<>();
        for (String entry : ENTRY_POINTS) {
            List<CallGraph.Method> roots = graph.methodsNamed(SPAWNER, entry);
            if (roots.isEmpty()) {
                violations.add("No method Spawner." + entry + " was found in concurrency.q3.");
            } else if (!reachesProcessStart(graph.reachableFrom(roots))) {
                violations.add("Nothing that Spawner." + entry + " calls starts a process: start each child JVM with"
                        + " ProcessBuilder.start (the java launcher of java.home, this JVM's class path, the main class).");
            }
        }
        return violations;
    }

    private static boolean reachesProcessStart(Set<CallGraph.Method> methods) {
        return methods.stream().anyMatch(m -> CallGraph.firstCall(m, CallGraph::startsAProcess).isPresent());
    }
}
