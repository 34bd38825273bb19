package concurrency.q2;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A fixed set of worker JVMs, started once and reused for many tasks. Tasks wait in one queue;
 * each worker has a dispatcher thread in this JVM that takes the next task, sends it to its worker
 * and completes the task's future with the reply. The work itself happens in the workers.
 * {@link #map} sends its arguments in batches, one round trip per batch, as Python's
 * {@code multiprocessing.Pool.map} does with its chunksize; numbers in a batch travel as primitive
 * values ({@code Packing}).
 */
public final class ProcessPool implements AutoCloseable {
    /** Put in the queue once per worker by {@link #close}, behind every task already queued. */
    private static final PendingTask<?> STOP = new PendingTask<>(0, new byte[0], result -> result);
    /**
     * A batch is at most this many arguments, so that it stays far below the deserialization filter's
     * limits; a few thousand tiny tasks per round trip already make the round trip's cost negligible.
     */
    static final int MAX_BATCH_ARGUMENTS = 10_000;
    /**
     * A serialized batch larger than this is sent one argument at a time instead: with arguments that
     * big, the round trip is cheap next to the serialization itself, and the batch's results must
     * still fit in one frame ({@link Frames#MAX_FRAME}).
     */
    static final int MAX_BATCH_BYTES = 1024 * 1024;

    private final BlockingQueue<PendingTask<?>> queue = new LinkedBlockingQueue<>();
    private final List<Dispatcher> dispatchers = new ArrayList<>();
    private final AtomicLong processesStarted = new AtomicLong();
    private final AtomicLong nextTaskId = new AtomicLong();
    /** Guards {@link #closed} so that no task is queued behind the STOP markers. */
    private final Object submitLock = new Object();
    private boolean closed;

    /**
     * Starts {@code processes} worker JVMs: the first alone, so that it has the processors to itself
     * while it starts, then the others once it is ready. Returns then, without waiting for the others:
     * each worker takes tasks from the queue as soon as it is ready, so a first task runs on the first
     * worker at once instead of waiting for the slowest one.
     *
     * @throws IllegalArgumentException if {@code processes} is less than 1
     * @throws IllegalStateException    if a worker process cannot be started, or the first worker JVM dies
     *                                  before it is ready (a later one that does is replaced, as is a worker
     *                                  that a task ends)
     */
    public ProcessPool(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            workers.add(startWorker(true));
            workers.get(0).awaitReady();
            for (int i = 1; i < processes; i++) {
                workers.add(startWorker(false));
            }
        } catch (WorkerDiedException | RuntimeException e) {
            workers.forEach(WorkerProcess::kill);
            throw new IllegalStateException("could not start " + processes + " worker JVMs: " + e.getMessage(), e);
        }
        for (int i = 0; i < processes; i++) {
            Dispatcher dispatcher = new Dispatcher(workers.get(i), i);
            dispatchers.add(dispatcher);
            dispatcher.thread.start();
        }
    }

    public int size() {
        return dispatchers.size();
    }

    /**
     * Queues {@code task} to run on {@code argument} in a worker JVM.
     *
     * @return its future: the result, or an {@link ExecutionException} whose cause is a
     *         {@link TaskFailedException} (the task threw) or a {@link WorkerDiedException} (the task
     *         ended its JVM) or an {@link IOException} (task, argument or result could not be
     *         serialized, or was refused by the deserialization filter)
     * @throws RejectedExecutionException if the pool is closed
     */
    public <A extends Serializable, R extends Serializable> Future<R> submit(Task<A, R> task, A argument) {
        Objects.requireNonNull(task, "task");
        rejectIfClosed(); // before serializing, so that a closed pool rejects even a task it could not send
        try {
            return queue(Frames.serialize(new Messages.Call(task, argument)), ProcessPool::<R>cast);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e); // not serializable: fails like any other task
        }
    }

    /**
     * Runs {@code task} on every argument and returns the results in the order of the arguments. The
     * arguments travel in batches, about four per worker (at most {@value #MAX_BATCH_ARGUMENTS} arguments
     * each), so that a worker that finishes early takes another batch; each batch is one round trip,
     * and its results come back together.
     *
     * @throws ExecutionException         the failure of the first argument, in argument order, whose task
     *                                    failed (as {@link #submit} would report it)
     * @throws RejectedExecutionException if the pool is closed
     */
    public <A extends Serializable, R extends Serializable> List<R> map(Task<A, R> task, List<A> arguments)
            throws InterruptedException, ExecutionException {
        Objects.requireNonNull(task, "task");
        rejectIfClosed();
        List<Future<List<R>>> batches = queueBatches(task, arguments);
        List<R> results = new ArrayList<>(arguments.size());
        try {
            for (Future<List<R>> batch : batches) {
                results.addAll(batch.get()); // batches in argument order: the first failure is the first argument's
            }
        } finally {
            batches.forEach(b -> b.cancel(false)); // after a failure, the rest need not run
        }
        return results;
    }

    private <A extends Serializable, R extends Serializable> List<Future<List<R>>> queueBatches(Task<A, R> task, List<A> arguments) {
        int batchSize = Math.min(MAX_BATCH_ARGUMENTS, Math.max(1, ceilDiv(arguments.size(), 4 * size())));
        List<Future<List<R>>> batches = new ArrayList<>();
        for (int from = 0; from < arguments.size(); from += batchSize) {
            List<A> chunk = arguments.subList(from, Math.min(from + batchSize, arguments.size()));
            try {
                byte[] batch = serializeBatch(task, chunk);
                if (batch.length <= MAX_BATCH_BYTES) {
                    batches.add(queue(batch, ProcessPool::unpack));
                    continue;
                }
            } catch (IOException notSerializable) {
                // Sent one at a time below: the arguments before the one that cannot travel still run, so
                // the failure that map reports is the first in argument order, as with a loop of submits.
            }
            for (A argument : chunk) {
                try {
                    batches.add(queue(serializeBatch(task, Collections.singletonList(argument)), ProcessPool::unpack));
                } catch (IOException notSerializable) {
                    batches.add(CompletableFuture.failedFuture(notSerializable));
                    return batches; // nothing after the first failure is ever looked at
                }
            }
        }
        return batches;
    }

    private static byte[] serializeBatch(Task<?, ?> task, List<? extends Serializable> arguments) throws IOException {
        return Frames.serialize(new Messages.Batch(task, Packing.pack(arguments)));
    }

    @SuppressWarnings("unchecked")
    private static <R> R cast(Object result) {
        return (R) result; // the task's result type, which the task's own code guarantees
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> unpack(Object results) {
        return (List<R>) Packing.unpack(results);
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** Queues a serialized call (or batch): its future completes with the worker's reply, decoded. */
    private <T> CompletableFuture<T> queue(byte[] call, Function<Object, T> decode) {
        PendingTask<T> pending = new PendingTask<>(nextTaskId.incrementAndGet(), call, decode);
        synchronized (submitLock) {
            rejectIfClosed();
            queue.add(pending);
        }
        return pending.future;
    }

    private void rejectIfClosed() {
        synchronized (submitLock) {
            if (closed) {
                throw new RejectedExecutionException("the pool is closed");
            }
        }
    }

    /** The pids of the live workers (a replaced worker shows its replacement's pid). */
    public List<Long> workerPids() {
        return dispatchers.stream().map(d -> d.worker).filter(WorkerProcess::isAlive).map(WorkerProcess::pid).toList();
    }

    /** Every worker JVM this pool has started: {@link #size()}, plus one per replaced worker. */
    public long processesStarted() {
        return processesStarted.get();
    }

    /** Lets every queued task finish, then stops every worker and waits for it to exit. Idempotent. */
    @Override
    public void close() {
        synchronized (submitLock) {
            if (!closed) {
                closed = true;
                dispatchers.forEach(d -> queue.add(STOP));
            }
        }
        boolean interrupted = false;
        for (Dispatcher dispatcher : dispatchers) {
            while (dispatcher.thread.isAlive()) {
                try {
                    dispatcher.thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // closing must still finish: no worker may outlive close()
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private WorkerProcess startWorker(boolean first) {
        WorkerProcess worker = WorkerProcess.start(first);
        processesStarted.incrementAndGet();
        return worker;
    }

    /** A task on its way: its serialized call, how to decode its result, and the future its reply completes. */
    private static final class PendingTask<T> {
        final long id;
        final byte[] call;
        final Function<Object, T> decode;
        final CompletableFuture<T> future = new CompletableFuture<>();

        PendingTask(long id, byte[] call, Function<Object, T> decode) {
            this.id = id;
            this.call = call;
            this.decode = decode;
        }

        void complete(Frames.Frame reply) {
            try {
                Object payload = reply.payload();
                if (reply.kind() == Frames.RESULT) {
                    future.complete(decode.apply(payload));
                } else {
                    Messages.Failure failure = (Messages.Failure) payload;
                    future.completeExceptionally(new TaskFailedException(failure.className(), failure.message(), failure.stackTrace()));
                }
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                future.completeExceptionally(e);
            }
        }
    }

    /** Feeds one worker from the queue; replaces the worker if a task ends its JVM. */
    private final class Dispatcher implements Runnable {
        final Thread thread;
        volatile WorkerProcess worker;

        Dispatcher(WorkerProcess worker, int index) {
            this.worker = worker;
            this.thread = new Thread(this, "process-pool-dispatcher-" + index);
        }

        @Override
        public void run() {
            try {
                awaitReady(); // before taking a task, so that no task waits for a worker still starting
                for (PendingTask<?> next = queue.take(); next != STOP; next = queue.take()) {
                    PendingTask<?> task = next;
                    if (task.future.isDone()) {
                        continue; // cancelled while it waited
                    }
                    try {
                        task.complete(worker.call(task.id, task.call));
                    } catch (WorkerDiedException died) {
                        replaceWorker(() -> task.future.completeExceptionally(died));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                worker.stop();
            }
        }

        /** Waits until the worker started by the constructor is ready; replaces it if it died on the way. */
        private void awaitReady() {
            try {
                worker.awaitReady();
            } catch (WorkerDiedException died) {
                replaceWorker(() -> System.err.println("process pool: " + died.getMessage()));
            }
        }

        /**
         * Starts a new worker for the one that died, reports the task's failure once the new worker
         * counts (so a caller who sees the failure also sees the replacement), then waits until the new
         * worker is ready. If it cannot start, the next task finds it dead and tries again.
         */
        private void replaceWorker(Runnable reportFailure) {
            try {
                worker = startWorker(false);
            } catch (RuntimeException e) {
                System.err.println("process pool: " + e.getMessage());
            }
            reportFailure.run();
            try {
                worker.awaitReady();
            } catch (WorkerDiedException e) {
                System.err.println("process pool: " + e.getMessage());
            }
        }
    }
}
