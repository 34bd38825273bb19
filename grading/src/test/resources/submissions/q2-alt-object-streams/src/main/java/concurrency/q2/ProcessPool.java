package concurrency.q2;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/** A process pool: one scheduler thread hands each queued task to an idle worker; a reader per worker collects replies. */
public final class ProcessPool implements AutoCloseable {
    private static final Job STOP = new Job(null, new CompletableFuture<>());

    private final int size;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final BlockingQueue<Slot> idle = new LinkedBlockingQueue<>();
    private final List<Slot> slots = new CopyOnWriteArrayList<>();
    private final AtomicLong started = new AtomicLong();
    private final Thread scheduler;
    private volatile boolean closed;

    public ProcessPool(int processes) {
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        size = processes;
        for (int i = 0; i < processes; i++) {
            Slot slot = new Slot();
            slots.add(slot);
            idle.add(slot);
        }
        scheduler = new Thread(this::schedule, "pool-scheduler");
        scheduler.start();
    }

    public int size() {
        return size;
    }

    public synchronized <A extends Serializable, R extends Serializable> Future<R> submit(Task<A, R> task, A argument) {
        if (closed) {
            throw new RejectedExecutionException("closed");
        }
        CompletableFuture<Object> future = new CompletableFuture<>();
        jobs.add(new Job(new Wire.Request(task, argument), future));
        @SuppressWarnings("unchecked")
        Future<R> typed = (Future<R>) (Future<?>) future;
        return typed;
    }

    public <A extends Serializable, R extends Serializable> List<R> map(Task<A, R> task, List<A> arguments)
            throws InterruptedException, ExecutionException {
        List<Future<R>> futures = new ArrayList<>();
        for (A a : arguments) {
            futures.add(submit(task, a));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    public List<Long> workerPids() {
        return slots.stream().filter(s -> s.process.isAlive()).map(s -> s.process.pid()).toList();
    }

    public long processesStarted() {
        return started.get();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closed) {
                closed = true;
                jobs.add(STOP);
            }
        }
        boolean interrupted = false;
        while (scheduler.isAlive()) {
            try {
                scheduler.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        synchronized (this) {
            for (Slot slot : slots) {
                slot.stop();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands each job to the next idle worker; after STOP, waits until every worker is idle again. */
    private void schedule() {
        try {
            for (Job job = jobs.take(); job != STOP; job = jobs.take()) {
                idle.take().send(job);
            }
            for (int i = 0; i < size; i++) {
                idle.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void replace(Slot dead) {
        synchronized (this) {
            Slot fresh = new Slot();
            slots.set(slots.indexOf(dead), fresh);
            idle.add(fresh);
        }
    }

    private record Job(Wire.Request request, CompletableFuture<Object> future) {
    }

    /** One worker process, its streams and the thread that reads its replies. */
    private final class Slot {
        final Process process;
        final ObjectOutputStream out;
        final Thread reader;
        volatile Job current;
        volatile boolean stopping;

        Slot() {
            String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
            try {
                process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx64m",
                        "-cp", System.getProperty("java.class.path"), Worker.class.getName(),
                        Long.toString(ProcessHandle.current().pid()))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                started.incrementAndGet();
                out = new ObjectOutputStream(new BufferedOutputStream(process.getOutputStream()));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = new Thread(this::read, "pool-reader-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        void send(Job job) {
            current = job;
            try {
                out.writeObject(job.request());
                out.flush();
                out.reset();
            } catch (IOException e) {
                job.future().completeExceptionally(e);
                process.destroyForcibly(); // the reader sees the end and replaces this worker
            }
        }

        private void read() {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(process.getInputStream()))) {
                in.setObjectInputFilter(Wire.FILTER);
                while (true) {
                    Wire.Reply reply = (Wire.Reply) in.readObject();
                    Job job = current;
                    current = null;
                    if (reply.failed()) {
                        job.future().completeExceptionally(new Exception(reply.failureClass() + ": " + reply.failureMessage()));
                    } else {
                        job.future().complete(reply.value());
                    }
                    if (!reply.lastWords()) {
                        idle.add(this);
                    }
                }
            } catch (IOException | ClassNotFoundException ended) {
                Job job = current;
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (!stopping) {
                    replace(this);
                }
                if (job != null) {
                    job.future().completeExceptionally(new Exception("worker " + process.pid() + " died: exit status "
                            + process.exitValue()));
                }
            }
        }

        void stop() {
            stopping = true;
            try {
                out.close();
            } catch (IOException gone) {
                // already exited
            }
            try {
                process.waitFor();
                reader.join();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
