package concurrency.q4;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.lang.ArchRule;
import concurrency.grader.design.CallGraph;
import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.LockDiscipline;
import concurrency.grader.design.LockDiscipline.Acquisition;
import concurrency.grader.design.LockDiscipline.Origin;
import concurrency.grader.design.LockDiscipline.Source;
import concurrency.grader.design.LockFields;
import concurrency.grader.design.Pauses;
import concurrency.grader.design.ReachableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The design rules of Q4: how {@code NumberList} must use its lock. What the rules ask for (a
 * lock() call, a newCondition, an await) counts only in the code that NumberList's public
 * constructors and methods can run; what they forbid (synchronized, sleeping, a lock made in a
 * method, a lock() without finally) counts anywhere in the package.
 */
public final class NumberListDesign {
    static final String PACKAGE = "concurrency.q4";
    static final String NUMBER_LIST = "concurrency.q4.NumberList";
    private static final String NUMBER_LIST_INTERNAL = "concurrency/q4/NumberList";
    static final EntryPoints API = EntryPoints.publicApiOf(NUMBER_LIST_INTERNAL);
    static final EntryPoints REMOVE_WITHIN = EntryPoints.methods(NUMBER_LIST_INTERNAL, "removeWithin");

    /** A lock made in a method is a new lock on every call; one made in a (static) initializer is made once. */
    static final ArchRule NO_LOCK_CREATED_IN_A_METHOD = noClasses().that().resideInAPackage(PACKAGE)
            .should().callConstructorWhere(describe("a Lock is created outside a constructor",
                    (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(Lock.class)
                            && !(call.getOrigin() instanceof JavaConstructor) && !(call.getOrigin() instanceof JavaStaticInitializer)))
            .because("a lock created inside a method is a new lock on every call, so it excludes nobody");
    static final ArchRule NO_SLEEPING = noClasses().that().resideInAPackage(PACKAGE)
            .should().callMethodWhere(describe("it sleeps, yields, parks or spins",
                    (JavaMethodCall call) -> Pauses.isPause(call.getTargetOwner().getName().replace('.', '/'), call.getName())))
            .because("a thread that polls or spins either wakes up late or burns a CPU; await on a Condition instead");

    private NumberListDesign() {
    }

    public static List<DesignCheck> checks() {
        return List.of(
                new DesignCheck("q4.design.one-lock-field", "NumberList keeps one Lock in a private final field, and Q4 uses no synchronized",
                        "one lock object, shared by every call on the list, is what makes the calls exclude each other; the question asks for a Lock, not synchronized",
                        NumberListDesign::oneLockField),
                new DesignCheck("q4.design.every-method-locks", "Every public method of NumberList takes the lock",
                        "a method that reads or changes the list without the lock can see, or leave, a half-done update",
                        NumberListDesign::everyMethodLocks),
                new DesignCheck("q4.design.unlock-in-finally", "Every lock() is followed at once by try { ... } finally { unlock(); }",
                        "if the code between lock() and unlock() throws, only a finally releases the lock; otherwise every other thread waits forever",
                        NumberListDesign::unlockInFinally),
                new DesignCheck("q4.design.condition-wait", "Waiting uses a Condition of the lock, not sleeping or spinning",
                        "a Condition lets the waiting thread sleep until add signals it: no lost time, no burnt CPU, no missed number",
                        NumberListDesign::conditionWait));
    }

    static List<String> oneLockField(Path dir) {
        Map<String, ClassNode> nodes = ClassFiles.read(dir);
        ClassNode list = nodes.get(NUMBER_LIST_INTERNAL);
        if (list == null) {
            return List.of("There is no class concurrency.q4.NumberList.");
        }
        List<String> violations = new ArrayList<>(LockFields.privateFinalPerInstance(list, LockFields.locksOf(list), "lock"));
        violations.addAll(ClassFiles.violations(NO_LOCK_CREATED_IN_A_METHOD, ClassFiles.archUnit(dir)));
        nodes.values().forEach(node -> LockDiscipline.synchronizedUses(node).forEach(use -> violations.add(use + ": use the Lock instead")));
        violations.addAll(LockFields.exactlyOneLock(list));
        return violations;
    }

    static List<String> everyMethodLocks(Path dir) {
        ClassNode list = ClassFiles.read(dir).get(NUMBER_LIST_INTERNAL);
        if (list == null) {
            return List.of("There is no class concurrency.q4.NumberList.");
        }
        List<String> violations = new ArrayList<>();
        for (MethodNode method : list.methods) {
            boolean publicInstanceMethod = (method.access & Opcodes.ACC_PUBLIC) != 0 && (method.access & Opcodes.ACC_STATIC) == 0
                    && (method.access & Opcodes.ACC_SYNTHETIC) == 0 && !method.name.startsWith("<");
            if (!publicInstanceMethod) {
                continue;
            }
            boolean locks = LockDiscipline.acquisitions(list, method).stream().anyMatch(a -> a.source() == Source.FIELD);
            if (!locks) {
                violations.add("Method NumberList." + method.name + " (" + list.sourceFile + ":" + LockDiscipline.firstLine(method)
                        + ") never takes the lock held in the field");
            }
        }
        return violations;
    }

    static List<String> unlockInFinally(Path dir) {
        Map<String, ClassNode> classes = ClassFiles.read(dir);
        ReachableCode api = ReachableCode.of(classes, API);
        List<String> violations = new ArrayList<>(LockDiscipline.everyLockReleasedInFinally(classes.values(), Origin.FIELD));
        if (!LockDiscipline.takesALock(api, classes.values())) {
            violations.add("Nothing that " + API.description() + " run calls lock() or lockInterruptibly()."
                    + api.unreachedHint(LockDiscipline::firstAcquisition));
        }
        return violations;
    }

    static List<String> conditionWait(Path dir) {
        JavaClasses classes = ClassFiles.archUnit(dir);
        List<String> violations = new ArrayList<>(ClassFiles.violations(NO_SLEEPING, classes));
        if (!classes.contain(NUMBER_LIST)) {
            violations.add("There is no class concurrency.q4.NumberList.");
            return violations;
        }
        JavaClass list = classes.get(NUMBER_LIST);
        Map<String, ClassNode> nodes = ClassFiles.read(dir);
        ClassNode node = nodes.get(NUMBER_LIST_INTERNAL);
        List<FieldNode> conditions = LockFields.conditionsOf(node);
        violations.addAll(LockFields.privateFinalPerInstance(node, conditions, "Condition"));
        if (conditions.isEmpty()) {
            violations.add("NumberList has no field of type Condition: make one from the lock with newCondition()");
        }
        ReachableCode api = ReachableCode.of(nodes, API);
        if (list.getMethodCallsFromSelf().stream().noneMatch(call -> call.getTargetOwner().isAssignableTo(Lock.class)
                && call.getName().equals("newCondition") && api.contains(call.getOrigin()))) {
            violations.add("Nothing that " + API.description() + " run calls newCondition() on the lock.");
        }
        List<Acquisition> awaits = node.methods.stream().flatMap(m -> LockDiscipline.awaits(node, m).stream()).toList();
        ReachableCode removeWithin = ReachableCode.of(nodes, REMOVE_WITHIN);
        violations.addAll(removeWithin.missingEntryPoints());
        if (removeWithin.missingEntryPoints().isEmpty() && nodes.values().stream().flatMap(c -> c.methods.stream()
                .filter(m -> removeWithin.contains(c, m)).flatMap(m -> LockDiscipline.awaits(c, m).stream())).findAny().isEmpty()) {
            violations.add("Nothing that NumberList.removeWithin runs waits on a Condition (await or awaitNanos): while the list"
                    + " is empty, removeWithin must." + removeWithin.unreachedHint(NumberListDesign::await));
        }
        for (Acquisition await : awaits) {
            if (await.source() != Source.FIELD) {
                violations.add(await.where() + ": " + await.call() + " on a Condition that is not kept in a field "
                        + "(a Condition made in the method is never signalled by add)");
            }
        }
        return violations;
    }

    private static Optional<String> await(CallGraph.Method method) {
        return LockDiscipline.awaits(method.owner(), method.method()).stream().findFirst().map(a -> a.where() + " calls " + a.call());
    }

}
