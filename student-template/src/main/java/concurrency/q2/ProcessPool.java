package concurrency.q2;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A process pool: a fixed set of worker JVMs, started once and reused for many tasks. Tasks wait
 * in a queue while every worker is busy.
 *
 * <h2>How it must work</h2>
 * <ul>
 *   <li>The constructor starts {@code processes} worker JVMs with {@link ProcessBuilder}, each running
 *       {@link Worker#main} on this JVM's class path ({@code System.getProperty("java.class.path")},
 *       with the {@code java} launcher of {@code System.getProperty("java.home")}). The workers are
 *       reused: a pool of 3 that runs 100 tasks starts 3 JVMs, not 100.</li>
 *   <li>A task and its argument travel to a worker as serialized objects over the worker's standard
 *       input; its result, or a description of its failure, comes back over the worker's standard
 *       output. Whatever a task prints must not corrupt that channel, and the worker's standard error
 *       must be read (drained) by the pool, or a chatty worker blocks once the pipe is full.</li>
 *   <li>The work happens in the workers. The pool may use threads of its own, but it never runs a task
 *       itself.</li>
 *   <li>A task waits in a queue while every worker is busy, and starts as soon as one is free.</li>
 *   <li>A task's exception comes back as an {@link ExecutionException} from the task's {@link Future};
 *       its cause carries the original exception's class name and message, also for an exception
 *       that cannot be serialized.</li>
 *   <li>A task that ends its worker JVM ({@code System.exit}, {@code Runtime.halt}) fails with an
 *       {@link ExecutionException}, and the pool starts a replacement worker, so later tasks still
 *       run.</li>
 *   <li>What a worker deserializes is restricted with an {@link java.io.ObjectInputFilter} to what tasks
 *       need: the application's own classes, boxed numbers, strings, arrays, collections and
 *       {@link java.lang.invoke.SerializedLambda} (the form in which a lambda travels). Anything else
 *       from the JDK is refused (for example {@code javax.management} classes), and so are streams that
 *       are too deep or too large. A refused task fails; it never runs.</li>
 *   <li>No worker outlives {@link #close()}; a worker whose pool's JVM dies exits by itself, also while
 *       it runs a task.</li>
 * </ul>
 */
public final class ProcessPool implements AutoCloseable {

    /**
     * Starts {@code processes} worker JVMs now.
     *
     * @param processes how many workers, at least 1
     * @throws IllegalArgumentException if {@code processes} is less than 1 (the message names {@code processes})
     */
    public ProcessPool(int processes) {
        throw new UnsupportedOperationException("TODO Q2: ProcessPool(processes)");
    }

    /** The number of workers, as given to the constructor. */
    public int size() {
        throw new UnsupportedOperationException("TODO Q2: ProcessPool.size");
    }

    /**
     * Queues {@code task} to run on {@code argument} in one of the workers.
     *
     * @return the task's future: its result, or an {@link ExecutionException} if the task threw, ended its
     *         worker JVM, or was refused
     * @throws java.util.concurrent.RejectedExecutionException if the pool has been closed
     */
    public <A extends Serializable, R extends Serializable> Future<R> submit(Task<A, R> task, A argument) {
        throw new UnsupportedOperationException("TODO Q2: ProcessPool.submit");
    }

    /**
     * Runs {@code task} on every argument, in the workers, and waits for all of it.
     *
     * @return the results in the order of {@code arguments}
     * @throws ExecutionException   if a task failed (its exception, described, is the cause)
     * @throws InterruptedException if the calling thread is interrupted while it waits
     */
    public <A extends Serializable, R extends Serializable> List<R> map(Task<A, R> task, List<A> arguments)
            throws InterruptedException, ExecutionException {
        throw new UnsupportedOperationException("TODO Q2: ProcessPool.map");
    }

    /** The pids of the live workers: {@link #size()} of them while the pool is open. */
    public List<Long> workerPids() {
        throw new UnsupportedOperationException("TODO Q2: ProcessPool.workerPids");
    }

    /** How many worker JVMs this pool has started: {@link #size()}, plus one for every worker it replaced. */
    public long processesStarted() {
        throw new UnsupportedOperationException("TODO Q2: ProcessPool.processesStarted");
    }

    /**
     * Lets every queued task finish, then stops every worker and waits until it has exited. Calling it
     * again does nothing; {@link #submit} afterwards throws
     * {@link java.util.concurrent.RejectedExecutionException}.
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO Q2: ProcessPool.close");
    }
}
