package concurrency.q6;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.Lock;

/**
 * Four small tools that keep an exception in concurrent code from being lost, and from leaving
 * damage behind. The question's design rules apply to this class; they are listed, with their
 * points, in the {@linkplain concurrency.q6 package description}.
 */
public final class SafeExecution {

    private SafeExecution() {
    }

    /**
     * Runs every task on a fixed pool of {@code threads} threads and reports what became of each one.
     * <ul>
     *   <li>The tasks run on the pool's threads, up to {@code threads} of them side by side, never on
     *       the calling thread.</li>
     *   <li>One {@link Outcome} per task, in the order of {@code tasks} (not in the order they
     *       finish): {@link Outcome.Success} with the value the task returned, or {@link Outcome.Failure}
     *       with the exception it threw.</li>
     *   <li>A task's exception neither gets lost nor stops the other tasks: every task runs, and every
     *       failure is reported. The Failure holds the task's <em>own</em> exception, the very object it
     *       threw, not a wrapper around it.</li>
     *   <li>The pool is shut down on every path, when {@code runAll} returns and when it throws. The
     *       tests check that every thread of the pool has ended within a few seconds after that (once
     *       the task it was running, if any, has finished).</li>
     * </ul>
     *
     * @param tasks   the tasks, none of them null
     * @param threads the size of the pool, at least 1
     * @param <T>     the type of the tasks' values
     * @return one outcome per task, in task order
     * @throws NullPointerException     if {@code tasks} is null or holds null (the message names {@code tasks})
     * @throws IllegalArgumentException if {@code threads} is less than 1 (the message names {@code threads})
     * @throws InterruptedException     if the calling thread is interrupted while it waits for the tasks
     */
    public static <T> List<Outcome<T>> runAll(List<Callable<T>> tasks, int threads) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q6: SafeExecution.runAll");
    }

    /**
     * Calls {@code task} until it succeeds, at most {@code attempts} times, and pauses for {@code backoff}
     * after each failed call that will be followed by another one.
     * <ul>
     *   <li>Returns the value of the first call that succeeds; {@code task} is not called again after that.</li>
     *   <li>If all {@code attempts} calls fail, throws the exception of the last call, with the exceptions
     *       of the earlier calls attached to it as suppressed exceptions
     *       ({@link Throwable#getSuppressed()}), oldest first, so that none of them is lost.</li>
     * </ul>
     *
     * @param task     what to call
     * @param attempts how many calls at most, at least 1
     * @param backoff  how long to wait between two calls, not negative (zero means no pause)
     * @param <T>      the type of the task's value
     * @return the value of the first successful call
     * @throws Exception                the last failure, if every call failed
     * @throws NullPointerException     if {@code task} or {@code backoff} is null (the message names it)
     * @throws IllegalArgumentException if {@code attempts} is less than 1 or {@code backoff} is negative
     *                                  (the message names the argument)
     */
    public static <T> T retry(Callable<T> task, int attempts, Duration backoff) throws Exception {
        throw new UnsupportedOperationException("TODO Q6: SafeExecution.retry");
    }

    /**
     * Runs {@code body} on a new thread, waits for that thread to end, and returns the exception that
     * killed it, if any.
     * <ul>
     *   <li>What the thread died of is caught by a {@link Thread.UncaughtExceptionHandler} of that new
     *       thread, not by a {@code try}/{@code catch} around {@code body}: this method shows how Java
     *       reports an exception that escapes a thread.</li>
     *   <li>Returns exactly the object the body threw (an {@link Error} included), or an empty Optional
     *       if the body finished normally.</li>
     * </ul>
     *
     * @param body what the new thread runs
     * @return what the thread died of, or empty
     * @throws NullPointerException if {@code body} is null (the message names {@code body})
     * @throws InterruptedException if the calling thread is interrupted while it waits for the new thread
     */
    public static Optional<Throwable> uncaughtOf(Runnable body) throws InterruptedException {
        throw new UnsupportedOperationException("TODO Q6: SafeExecution.uncaughtOf");
    }

    /**
     * Calls {@code critical} while holding {@code lock}, and returns its value.
     * <ul>
     *   <li>The lock is held while {@code critical} runs, and is no longer held once {@code withLock}
     *       ends, also when {@code critical} throws.</li>
     *   <li>An exception thrown by {@code critical} reaches the caller unchanged: the same object, not
     *       wrapped, checked exceptions included.</li>
     * </ul>
     *
     * @param lock     the lock to hold
     * @param critical what to call while holding it
     * @param <T>      the type of the value
     * @return what {@code critical} returned
     * @throws Exception            whatever {@code critical} threw
     * @throws NullPointerException if {@code lock} or {@code critical} is null (the message names it); the
     *                              lock is then not taken
     */
    public static <T> T withLock(Lock lock, Callable<T> critical) throws Exception {
        throw new UnsupportedOperationException("TODO Q6: SafeExecution.withLock");
    }
}
