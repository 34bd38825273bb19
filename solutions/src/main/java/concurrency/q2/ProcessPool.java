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

/**
 * A fixed set of worker JVMs, started once and reused for many tasks. Tasks wait in one queue;
 * each worker has a dispatcher thread in this JVM that takes the next task, sends it to its worker
 * and completes the task's future with the reply. The work itself happens in the workers.
 * {@link #map} sends its arguments in batches, one round trip per batch, as Python's
 * {@code multiprocessing.Pool.map} does with its chunksize.
 */
public final class ProcessPool implements AutoCloseable {
    /** Put in the queue once per worker by {@link #close}, behind every task already queued. */
    private static final PendingTask<?> STOP = new PendingTask<>(0, new byte[0]);
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
     * Starts {@code processes} worker JVMs, all at once so that their start-ups overlap, and returns
     * without waiting for them to be ready: each worker takes tasks from the queue as soon as it is
     * up, so the first task runs on the first worker that is ready, not after the slowest one.
     *
     * @throws IllegalArgumentException if {@code processes} is less than 1
     * @throws IllegalStateException    if a worker process cannot be started (a worker JVM that starts
     *                                  but dies before it is ready is replaced, as is one that a task ends)
     */
    public ProcessPool(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                workers.add(startWorker());
            }
        } catch (RuntimeException e) {
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
            return queue(Frames.serialize(new Messages.Call(task, argument)));
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
                    batches.add(queue(batch));
                    continue;
                }
            } catch (IOException notSerializable) {
                // Sent one at a time below: the arguments before the one that cannot travel still run, so
                // the failure that map reports is the first in argument order, as with a loop of submits.
            }
            for (A argument : chunk) {
                try {
                    batches.add(queue(serializeBatch(task, Collections.singletonList(argument))));
                } catch (IOException notSerializable) {
                    batches.add(CompletableFuture.failedFuture(notSerializable));
                    return batches; // nothing after the first failure is ever looked at
                }
            }
        }
        return batches;
    }

    private static byte[] serializeBatch(Task<?, ?> task, List<? extends Serializable> arguments) throws IOException {
        return Frames.serialize(new Messages.Batch(task, new ArrayList<>(arguments)));
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** Queues a serialized call (or batch): its future completes with the worker's reply. */
    private <T> CompletableFuture<T> queue(byte[] call) {
        PendingTask<T> pending = new PendingTask<>(nextTaskId.incrementAndGet(), call);
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

    private WorkerProcess startWorker() {
        WorkerProcess worker = WorkerProcess.start();
        processesStarted.incrementAndGet();
        return worker;
    }

    /** A task on its way: its serialized call and the future its reply completes. */
    private static final class PendingTask<R> {
        final long id;
        final byte[] call;
        final CompletableFuture<R> future = new CompletableFuture<>();

        PendingTask(long id, byte[] call) {
            this.id = id;
            this.call = call;
        }

        @SuppressWarnings("unchecked")
        void complete(Frames.Frame reply) {
            try {
                Object payload = reply.payload();
                if (reply.kind() == Frames.RESULT) {
                    future.complete((R) payload);
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
                awaitFirstWorker(); // before taking a task, so that no task waits for a worker still starting
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
        private void awaitFirstWorker() {
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
                worker = startWorker();
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
