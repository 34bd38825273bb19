// KNOWN-BAD (grader corpus): the "processes" are threads of this JVM sharing one Java lock; the
// count comes out right, but nothing is shared between processes.
package concurrency.q5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

public final class FileCounter {
    private FileCounter() {
    }

    public static long incrementConcurrently(Path file, int processes, int times) {
        Objects.requireNonNull(file, "file must not be null");
        if (processes < 1) {
            throw new IllegalArgumentException("processes must be at least 1, was " + processes);
        }
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative, was " + times);
        }
        ReentrantLock lock = new ReentrantLock();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            Thread worker = new Thread(() -> {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE)) {
                    for (int n = 0; n < times; n++) {
                        lock.lock();
                        try {
                            CounterChild.write(channel, CounterChild.read(channel) + 1);
                        } finally {
                            lock.unlock();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        try {
            for (Thread worker : workers) {
                worker.join();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return CounterChild.read(channel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the counter in " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the threads", e);
        }
    }
}
