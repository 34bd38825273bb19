package concurrency.q5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Processes share a counter through a file; {@code FileChannel.lock()} makes each increment exclusive. */
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
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                ChildJvm child = ChildJvm.start(CounterChild.class, file.toAbsolutePath().toString(), Integer.toString(times));
                children.add(child);
                child.awaitSuccess();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return CounterChild.read(channel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the counter in " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the children", e);
        } finally {
            children.forEach(ChildJvm::kill);
        }
    }
}
