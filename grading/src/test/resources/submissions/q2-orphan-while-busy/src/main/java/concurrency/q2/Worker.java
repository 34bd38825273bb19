package concurrency.q2;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Serializable;

/**
 * A worker JVM's entry point: reads one task at a time from standard input, runs it, and writes
 * its result or failure to standard output. Started by {@link ProcessPool}, with the pool's pid as
 * its only argument; it exits when its standard input ends (the pool closed it, or the pool's JVM
 * died) or, while a task runs, as soon as that JVM is gone.
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
        // Defect: only the end of stdin stops this worker; a worker busy with a task outlives its parent.

        Frames.write(out, 0, Frames.READY, new byte[0]);
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

    /** Runs the task of a call frame: its result, or a description of what went wrong. */
    private static Serializable run(Frames.Frame frame) {
        try {
            Messages.Call call = (Messages.Call) frame.payload();
            @SuppressWarnings("unchecked")
            Task<Serializable, Serializable> task = (Task<Serializable, Serializable>) call.task();
            return new Result(task.apply(call.argument()));
        } catch (Throwable thrown) {
            return Messages.Failure.of(thrown);
        }
    }

    private static void reply(DataOutputStream out, long id, Serializable outcome) throws Exception {
        if (outcome instanceof Result result) {
            byte[] bytes;
            try {
                bytes = Frames.serialize(result.value());
            } catch (Exception notSerializable) {
                Frames.write(out, id, Frames.FAILURE, Frames.serialize(Messages.Failure.of(notSerializable)));
                return;
            }
            Frames.write(out, id, Frames.RESULT, bytes);
        } else {
            Frames.write(out, id, Frames.FAILURE, Frames.serialize(outcome));
        }
    }

    private record Result(Serializable value) implements Serializable {
    }
}
