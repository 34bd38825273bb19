package concurrency.q2;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;

/** A worker JVM: one Object stream in, one out; a task's prints go to stderr. */
public final class Worker {
    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        long parent = Long.parseLong(args[0]);
        ProcessHandle.of(parent).ifPresentOrElse(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(2)),
                () -> Runtime.getRuntime().halt(2));
        ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        out.flush();
        System.setOut(System.err);
        ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(System.in));
        in.setObjectInputFilter(Wire.FILTER);
        while (true) {
            Wire.Reply reply;
            try {
                Wire.Request request = (Wire.Request) in.readObject();
                reply = run(request);
            } catch (EOFException end) {
                System.exit(0);
                return;
            } catch (Exception refused) { // refused by the filter: the stream is no longer usable
                reply = new Wire.Reply(null, refused.getClass().getName(), refused.getMessage(), true);
                out.writeObject(reply);
                out.flush();
                System.exit(1);
                return;
            }
            out.writeObject(reply);
            out.flush();
            out.reset();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Wire.Reply run(Wire.Request request) {
        try {
            Serializable value = ((Task) request.task()).apply(request.argument());
            try (ObjectOutputStream probe = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                probe.writeObject(value); // fails here, not halfway through the real stream
            }
            return new Wire.Reply(value, null, null, false);
        } catch (Throwable thrown) {
            return new Wire.Reply(null, thrown.getClass().getName(), thrown.getMessage(), false);
        }
    }
}
