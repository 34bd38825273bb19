package concurrency.q2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.StreamCorruptedException;

/**
 * The wire format between the pool and a worker: one frame per message, {@code [long id][byte kind]
 * [int length][serialized object]}. Each object gets a stream of its own, so nothing is shared
 * between messages, and a payload that the filter refuses spoils only its own frame, never the
 * stream: the id and kind are readable whatever the payload holds.
 */
final class Frames {
    static final byte CALL = 1;
    static final byte RESULT = 2;
    static final byte FAILURE = 3;
    static final byte READY = 4;
    /** Larger frames are a broken stream, not a message. */
    static final int MAX_FRAME = 64 * 1024 * 1024;

    private Frames() {
    }

    /** One frame, its payload still serialized: {@link #payload} turns it into an object. */
    record Frame(long id, byte kind, byte[] bytes) {
        Object payload() throws IOException, ClassNotFoundException {
            TaskFilter filter = new TaskFilter();
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                in.setObjectInputFilter(filter);
                return in.readObject();
            } catch (InvalidClassException e) {
                throw filter.refusal().map(InvalidClassException::new).orElse(e);
            }
        }
    }

    static byte[] serialize(Serializable object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    static void write(DataOutputStream out, long id, byte kind, byte[] payload) throws IOException {
        out.writeLong(id);
        out.writeByte(kind);
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
    }

    /** The next frame; {@link java.io.EOFException} when the other side has closed the stream. */
    static Frame read(DataInputStream in) throws IOException {
        long id = in.readLong();
        byte kind = in.readByte();
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new StreamCorruptedException("a frame of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new Frame(id, kind, bytes);
    }
}
