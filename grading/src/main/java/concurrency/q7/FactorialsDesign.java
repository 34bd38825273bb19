package concurrency.q7;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.ExecutorDiscipline;
import concurrency.grader.design.ReachableCode;
import concurrency.grader.design.ThreadCreation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.BaseStream;

/**
 * The design rules of Q7: factorials go through an ExecutorService that is always shut down.
 * What the rules ask for (a submit, a pool shut down in a finally, a Future.get) counts only in
 * the code that {@code Factorials.compute} can run; what they forbid (threads, parallel streams,
 * the common pool) counts anywhere in the package.
 */
public final class FactorialsDesign {
    static final String PACKAGE = "concurrency.q7";
    static final EntryPoints COMPUTE = EntryPoints.methods("concurrency/q7/Factorials", "compute");

    static final ArchRule NO_PARALLEL_STREAMS = noClasses().that().resideInAPackage(PACKAGE)
            .should().callMethodWhere(describe("a parallel stream is used",
                    (JavaMethodCall call) -> call.getName().equals("parallelStream")
                            || (call.getName().equals("parallel") && call.getTargetOwner().isAssignableTo(BaseStream.class))))
            .because("a parallel stream runs on the shared common pool, not on a pool of your own");
    static final ArchRule NO_COMMON_POOL = noClasses().that().resideInAPackage(PACKAGE)
            .should().callMethodWhere(describe("CompletableFuture runs on the common pool",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(CompletableFuture.class)
                            && call.getName().endsWith("Async")
                            && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isAssignableTo(Executor.class))))
            .because("without an executor argument CompletableFuture runs on the shared common pool");

    private FactorialsDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(
                new DesignCheck("q7.design.executor-only", "Factorials.compute runs its tasks on an ExecutorService, and Q7 uses no threads, parallel streams or common pool",
                        "the question is about thread pools: a pool reuses a fixed set of threads and hands every result back as a Future",
                        FactorialsDesign::executorOnly),
                new DesignCheck("q7.design.shutdown-in-finally", "Factorials.compute shuts its executor down in a finally block",
                        "a pool that is not shut down keeps its threads, and the JVM, alive; only a finally shuts it down on every path",
                        FactorialsDesign::shutdownInFinally),
                new DesignCheck("q7.design.results-from-futures", "Factorials.compute collects the results from the Futures",
                        "Future.get hands back the task's result or its exception, so that a failed task cannot go unnoticed",
                        FactorialsDesign::resultsFromFutures));
    }

    static List<String> executorOnly(Path dir) {
        JavaClasses classes = ClassFiles.archUnit(dir);
        List<String> violations = new ArrayList<>();
        ThreadCreation.threadsOutsideAFactory(ClassFiles.read(dir))
                .forEach(v -> violations.add(v + "; each number must be a task on the pool, not a thread of its own."));
        violations.addAll(ClassFiles.violations(NO_PARALLEL_STREAMS, classes));
        violations.addAll(ClassFiles.violations(NO_COMMON_POOL, classes));
        ReachableCode compute = ReachableCode.of(dir, COMPUTE);
        violations.addAll(compute.missingEntryPoints());
        Predicate<JavaMethodCall> submits = call -> (call.getTargetOwner().isAssignableTo(Executor.class)
                || call.getTargetOwner().isAssignableTo(CompletionService.class))
                && Set.of("submit", "invokeAll", "invokeAny", "execute").contains(call.getName());
        if (!madeBy(compute, classes, submits)) {
            violations.add("Nothing that Factorials.compute runs hands a task to an ExecutorService (submit, invokeAll or execute,"
                    + " directly or through a CompletionService)." + hint(compute, classes, submits));
        }
        return violations;
    }

    static List<String> shutdownInFinally(Path dir) {
        return ExecutorDiscipline.shutdownInFinally(dir, COMPUTE);
    }

    static List<String> resultsFromFutures(Path dir) {
        JavaClasses classes = ClassFiles.archUnit(dir);
        ReachableCode compute = ReachableCode.of(dir, COMPUTE);
        Predicate<JavaMethodCall> gets = call -> (call.getTargetOwner().isAssignableTo(Future.class) && call.getName().equals("get"))
                || (call.getTargetOwner().isEquivalentTo(CompletableFuture.class) && call.getName().equals("join"));
        List<String> violations = new ArrayList<>(compute.missingEntryPoints());
        if (!madeBy(compute, classes, gets)) {
            violations.add("Nothing that Factorials.compute runs takes a result from a Future (Future.get): a task's exception"
                    + " would be lost." + hint(compute, classes, gets));
        }
        return violations;
    }

    /** Whether code that {@code reachable} holds makes a call matching {@code call}. */
    private static boolean madeBy(ReachableCode reachable, JavaClasses classes, Predicate<JavaMethodCall> call) {
        return classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream())
                .anyMatch(c -> call.test(c) && reachable.contains(c.getOrigin()));
    }

    /** Points at an unreached method that makes the call, if there is one. */
    private static String hint(ReachableCode reachable, JavaClasses classes, Predicate<JavaMethodCall> call) {
        return classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(c -> call.test(c) && !reachable.contains(c.getOrigin())).findFirst()
                .map(c -> " " + c.getOrigin().getOwner().getSimpleName() + "." + c.getOrigin().getName() + " "
                        + c.getSourceCodeLocation() + " calls " + c.getTargetOwner().getSimpleName() + "." + c.getName()
                        + ", but no call from " + reachable.entryPoints() + " leads there.")
                .orElse("");
    }
}
