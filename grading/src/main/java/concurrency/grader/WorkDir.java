package concurrency.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The grader's working files: in the directory asked for (kept), or in a temporary one deleted at the end. */
record WorkDir(Path path, boolean temporary) implements AutoCloseable {
    static WorkDir open(Path requested) throws IOException {
        return requested == null ? new WorkDir(Files.createTempDirectory("grader-"), true)
                : new WorkDir(Files.createDirectories(requested).toAbsolutePath(), false);
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
