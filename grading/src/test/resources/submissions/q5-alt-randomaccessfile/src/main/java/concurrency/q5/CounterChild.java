package concurrency.q5;

import java.io.RandomAccessFile;
import java.nio.channels.FileLock;

final class CounterChild {
    private CounterChild() {
    }

    public static void main(String[] args) throws Exception {
        int times = Integer.parseInt(args[1]);
        try (RandomAccessFile file = new RandomAccessFile(args[0], "rw")) {
            for (int i = 0; i < times; i++) {
                FileLock lock = file.getChannel().lock();
                try {
                    file.seek(0);
                    String line = file.readLine();
                    long value = line == null || line.isBlank() ? 0 : Long.parseLong(line.trim());
                    file.setLength(0);
                    file.writeBytes(Long.toString(value + 1));
                } finally {
                    lock.release();
                }
            }
        }
    }
}
