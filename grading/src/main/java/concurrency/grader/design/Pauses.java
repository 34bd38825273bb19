package concurrency.grader.design;

import java.util.Set;

/**
 * What the waiting rules (Q4, Q5) call a pause: a call by which a thread sleeps, yields, parks,
 * spins or waits on a monitor instead of awaiting a Condition of its lock.
 */
public final class Pauses {
    private static final Set<String> THREAD_PAUSES = Set.of("sleep", "yield", "onSpinWait");

    private Pauses() {
    }

    /** Whether a call of {@code name} on {@code owner} (an internal name, java/lang/Thread) is a pause. */
    public static boolean isPause(String owner, String name) {
        return (owner.equals("java/lang/Thread") && THREAD_PAUSES.contains(name))
                || (owner.equals("java/util/concurrent/TimeUnit") && name.equals("sleep"))
                || (owner.equals("java/util/concurrent/locks/LockSupport") && name.startsWith("park"))
                // Object.wait is final, so a call named wait is a monitor wait whatever class javac names as its owner.
                || name.equals("wait");
    }
}
