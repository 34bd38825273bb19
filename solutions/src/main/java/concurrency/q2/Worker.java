package concurrency.q2;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Optional;

/**
 * A worker JVM's entry point: reads one call at a time from standard input (a task with one
 * argument, or with a batch of them), runs it, and writes its result or failure to standard
 * output. Started by {@link ProcessPool}, with the pool's pid as its argument (and
 * {@code prepare} for a pool's first worker); it exits when its standard input ends
 * (the pool closed it, or the pool's JVM died) or, while a task runs, as soon as that JVM is gone.
 */
public final class Worker {
    static final int PARENT_GONE = 3;

    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        // The protocol owns stdout; whatever a task prints goes to stderr, which the pool drains.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        System.setIn(InputStream.nullInputStream());
        if (args.length > 1 && args[1].equals(WorkerProcess.PREPARE)) {
            prepareDeserialization();
        }

        Frames.write(out, 0, Frames.READY, new byte[0]);
        // After READY, while the pool starts its other workers, but before the first task can run.
        exitWithParent(parentPid);
        while (true) {
            Frames.Frame frame;
            try {
                frame = Frames.read(in);
            } catch (EOFException closed) {
                System.exit(0); // no more tasks: the pool is closing, or its JVM has died
                return;
            }
            reply(out, frame.id(), run(frame));
        }
    }

    /** Stdin's end notices a dead parent only between tasks; this also stops a worker in the middle of one. */
    private static void exitWithParent(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent().filter(p -> p.pid() == parentPid);
        if (parent.isEmpty()) {
            Runtime.getRuntime().halt(PARENT_GONE); // the pool's JVM died before this one was up
        }
        parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(PARENT_GONE));
    }

    /**
     * Loads and initializes what reading a call and writing its reply need (object streams, the filter),
     * which is most of what a fresh JVM's first task costs, by sending a call through both.
     * The pool's first worker does it before it says it is ready, while it starts alone: done later, it
     * would share the processors with the other workers' start-up. The others skip it, since a worker
     * that never gets a task would do it for nothing.
     */
    private static void prepareDeserialization() throws IOException, ClassNotFoundException {
        new Frames.Frame(0, Frames.CALL, Frames.serialize(new Messages.Call(null, 0))).payload();
    }

    /**
     * Runs the task of a call frame: a {@link Messages.Call} once, a {@link Messages.Batch} on each of
     * its arguments in order, until the first failure (map reports that one, as a loop of submits
     * would, so the arguments after it need not run). A payload that the filter refuses fails as a
     * whole, and none of its tasks runs.
     */
    private static Outcome run(Frames.Frame frame) {
        ArrayList<Serializable> results = new ArrayList<>();
        try {
            Object message = frame.payload();
            if (message instanceof Messages.Batch batch) {
                for (Serializable argument : Packing.unpack(batch.arguments())) {
                    results.add(apply(batch.task(), argument));
                }
                return new Outcome(Packing.pack(results), null);
            }
            Messages.Call call = (Messages.Call) message;
            return new Outcome(apply(call.task(), call.argument()), null);
        } catch (Throwable thrown) {
            return new Outcome(Packing.pack(results), thrown);
        }
    }

    @SuppressWarnings("unchecked")
    private static Serializable apply(Task<?, ?> task, Serializable argument) throws Exception {
        return ((Task<Serializable, Serializable>) task).apply(argument);
    }

    /**
     * Sends the result, or the failure. The results are serialized first even when a task failed: a
     * result that cannot be serialized came from an earlier argument than the failure, so it is the
     * failure to report.
     */
    private static void reply(DataOutputStream out, long id, Outcome outcome) throws Exception {
        byte[] bytes;
        try {
            bytes = Frames.serialize(outcome.result());
        } catch (Exception notSerializable) {
            Frames.write(out, id, Frames.FAILURE, Frames.serialize(Messages.Failure.of(notSerializable)));
            return;
        }
        if (outcome.failure() == null) {
            Frames.write(out, id, Frames.RESULT, bytes);
        } else {
            Frames.write(out, id, Frames.FAILURE, Frames.serialize(Messages.Failure.of(outcome.failure())));
        }
    }

    /** What a call came to: its result (for a batch, the packed results before any failure), and its failure if any. */
    private record Outcome(Serializable result, Throwable failure) {
    }
}
