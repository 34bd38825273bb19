package concurrency.q4;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import concurrency.grader.design.CallGraph;
import concurrency.grader.design.ClassFiles;
import concurrency.grader.design.DesignCheck;
import concurrency.grader.design.EntryPoints;
import concurrency.grader.design.LockDiscipline;
import concurrency.grader.design.LockDiscipline.Acquisition;
import concurrency.grader.design.LockDiscipline.Source;
import concurrency.grader.design.ReachableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
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
        JavaClasses classes = ClassFiles.archUnit(dir);
        List<String> violations = new ArrayList<>();
        ArchRule lockFields = fields().that().areDeclaredIn(NUMBER_LIST).and().haveRawType(assignableTo(Lock.class))
                .should().bePrivate().andShould().beFinal().andShould().notBeStatic()
                .because("a lock that can be replaced, or is shared by all lists, does not guard this list's state")
                .allowEmptyShould(true);
        ArchRule noLocksInMethods = noClasses().that().resideInAPackage(PACKAGE)
                .should().callConstructorWhere(describe("a Lock is created outside a constructor",
                        (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(Lock.class)
                                && !(call.getOrigin() instanceof JavaConstructor)))
                .because("a lock created inside a method is a new lock on every call, so it excludes nobody");
        ArchRule noSynchronizedMethods = noMethods().that().areDeclaredInClassesThat().resideInAPackage(PACKAGE)
                .should().haveModifier(JavaModifier.SYNCHRONIZED)
                .because("this question asks for a java.util.concurrent.locks.Lock");
        violations.addAll(ClassFiles.violations(lockFields, classes));
        violations.addAll(ClassFiles.violations(noLocksInMethods, classes));
        violations.addAll(ClassFiles.violations(noSynchronizedMethods, classes));

        Map<String, ClassNode> nodes = ClassFiles.read(dir);
        ClassNode list = nodes.get(NUMBER_LIST_INTERNAL);
        if (list == null) {
            return List.of("There is no class concurrency.q4.NumberList.");
        }
        long lockFieldCount = classes.get(NUMBER_LIST).getFields().stream()
                .filter(f -> f.getRawType().isAssignableTo(Lock.class)).count();
        if (lockFieldCount != 1) {
            violations.add("NumberList declares " + lockFieldCount + " fields of type Lock; it needs exactly one.");
        }
        for (ClassNode node : nodes.values()) {
            for (MethodNode method : node.methods) {
                LockDiscipline.monitorEnterLine(method).ifPresent(line -> violations.add(
                        "Method " + node.name.replace('/', '.') + "." + method.name + " uses a synchronized block ("
                                + node.sourceFile + ":" + line + "): use the Lock instead"));
            }
        }
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
        List<String> violations = new ArrayList<>();
        boolean reachedLock = false;
        for (ClassNode node : classes.values()) {
            for (MethodNode method : node.methods) {
                for (Acquisition a : LockDiscipline.acquisitions(node, method)) {
                    if (a.call().equals("tryLock()")) {
                        continue;
                    }
                    reachedLock |= api.contains(node, method);
                    if (a.source() == Source.NEW_LOCAL) {
                        violations.add(a.where() + ": " + a.call() + " on a lock created in this method, not the field");
                    } else if (a.source() == Source.OTHER) {
                        violations.add(a.where() + ": " + a.call() + " on a lock that does not come from a field");
                    } else if (!a.releasedInFinally()) {
                        violations.add(a.where() + ": " + a.call() + " is not followed at once by try { ... } finally { "
                                + a.field() + ".unlock(); }");
                    }
                }
            }
        }
        if (!reachedLock) {
            violations.add("Nothing that " + API.description() + " run calls lock() or lockInterruptibly()."
                    + api.unreachedHint(NumberListDesign::acquisition));
        }
        return violations;
    }

    static List<String> conditionWait(Path dir) {
        JavaClasses classes = ClassFiles.archUnit(dir);
        ArchRule noSleeping = noClasses().that().resideInAPackage(PACKAGE)
                .should().callMethodWhere(describe("it sleeps, yields, parks or spins",
                        (JavaMethodCall call) -> isPause(call)))
                .because("a thread that polls or spins either wakes up late or burns a CPU; await on a Condition instead");
        ArchRule conditionFields = fields().that().areDeclaredIn(NUMBER_LIST).and().haveRawType(assignableTo(Condition.class))
                .should().bePrivate().andShould().beFinal()
                .because("the Condition belongs to the list's one lock and must not change")
                .allowEmptyShould(true);
        List<String> violations = new ArrayList<>();
        violations.addAll(ClassFiles.violations(noSleeping, classes));
        violations.addAll(ClassFiles.violations(conditionFields, classes));
        if (!classes.contain(NUMBER_LIST)) {
            violations.add("There is no class concurrency.q4.NumberList.");
            return violations;
        }
        JavaClass list = classes.get(NUMBER_LIST);
        if (list.getFields().stream().noneMatch(f -> f.getRawType().isAssignableTo(Condition.class))) {
            violations.add("NumberList has no field of type Condition: make one from the lock with newCondition()");
        }
        Map<String, ClassNode> nodes = ClassFiles.read(dir);
        ReachableCode api = ReachableCode.of(nodes, API);
        if (list.getMethodCallsFromSelf().stream().noneMatch(call -> call.getTargetOwner().isAssignableTo(Lock.class)
                && call.getName().equals("newCondition") && api.contains(call.getOrigin()))) {
            violations.add("Nothing that " + API.description() + " run calls newCondition() on the lock.");
        }
        ClassNode node = nodes.get(NUMBER_LIST_INTERNAL);
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

    private static Optional<String> acquisition(CallGraph.Method method) {
        return LockDiscipline.acquisitions(method.owner(), method.method()).stream()
                .filter(a -> !a.call().equals("tryLock()")).findFirst().map(a -> a.where() + " calls " + a.call());
    }

    private static Optional<String> await(CallGraph.Method method) {
        return LockDiscipline.awaits(method.owner(), method.method()).stream().findFirst().map(a -> a.where() + " calls " + a.call());
    }

    private static boolean isPause(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (owner.equals(Thread.class.getName()) && (name.equals("sleep") || name.equals("yield") || name.equals("onSpinWait")))
                || (owner.equals(TimeUnit.class.getName()) && name.equals("sleep"))
                || (owner.equals(LockSupport.class.getName()) && name.startsWith("park"))
                || name.equals("wait");
    }
}
