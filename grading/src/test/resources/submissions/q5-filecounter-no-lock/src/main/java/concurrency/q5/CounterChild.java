package concurrency.q5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The child JVM of {@link FileCounter}: {@code CounterChild <file> <times>} increments the decimal
 * number in the file {@code times} times, each read-add-write under an exclusive file lock.
 */
final class CounterChild {
    private CounterChild() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int times = Integer.parseInt(args[1]);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            for (int i = 0; i < times; i++) {
                write(channel, read(channel) + 1);
            }
        }
    }

    /** The counter in the file; an empty file counts as 0. */
    static long read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // read until full
        }
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    static void write(FileChannel channel, long value) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
        channel.truncate(0);
        while (buffer.hasRemaining()) {
            channel.write(buffer, buffer.position());
        }
    }
}
