package concurrency.q5;

import static concurrency.testing.Concurrently.await;
import static concurrency.testing.Concurrently.start;
import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.BadInput;
import concurrency.testing.NoLeakedProcesses;
import concurrency.testing.NoLeakedThreads;
import concurrency.testing.ProcessWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("q5")
@DisplayName("Q5 FileCounter")
@ExtendWith({NoLeakedThreads.class, NoLeakedProcesses.class})
class FileCounterTest {
    /** Several JVMs starting on a loaded machine take seconds; this only catches children that never finish. */
    private static final Duration CHILDREN_HANG = Duration.ofSeconds(25);
    private static final int PROCESSES = 4;
    /** Enough that the children's increments overlap in time: without the file lock, updates get lost. */
    private static final int TIMES = 2_000;

    @TempDir
    Path dir;

    @Test
    @DisplayName("processes x times increments from child JVMs at once lose nothing: the file lock makes each one exclusive")
    void losesNoIncrement() throws Exception {
        Path file = dir.resolve("counter.txt");
        long result = incrementConcurrently(file, PROCESSES, TIMES);

        assertThat(result).as("%d child JVMs each incremented the counter %d times at the same time; a smaller value "
                + "means two children read the same old value: hold FileChannel.lock() from the read to the write",
                PROCESSES, TIMES).isEqualTo((long) PROCESSES * TIMES);
        assertThat(Files.readString(file).strip()).as("what the counter file holds afterwards (a decimal number)")
                .isEqualTo(Long.toString((long) PROCESSES * TIMES));
    }

    @Test
    @DisplayName("the increments run in child JVMs (not this one), several alive at the same time, all waited for")
    void childJvmsRunAtOnce() throws Exception {
        Path file = dir.resolve("counter.txt");
        long result;
        try (ProcessWatch watch = ProcessWatch.start()) {
            result = incrementConcurrently(file, PROCESSES, TIMES);
            watch.close();
            assertThat(watch.childProcessesRan())
                    .as("whether child processes ran while incrementConcurrently worked (this JVM is pid %d): start the "
                            + "child JVMs with ProcessBuilder and wait for them", ProcessHandle.current().pid())
                    .isTrue();
            assertThat(watch.mostJvmsAliveAtOnce())
                    .as("the most child JVMs alive at the same moment: start all of them before you wait for any")
                    .isGreaterThanOrEqualTo(2);
        }
        assertThat(result).as("incrementConcurrently(file, %d, %d) on a new file", PROCESSES, TIMES)
                .isEqualTo((long) PROCESSES * TIMES);
    }

    @Test
    @DisplayName("continues from the number already in the file")
    void continuesFromTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("counter.txt"), "1000");
        assertThat(incrementConcurrently(file, 2, 50)).as("incrementConcurrently(file holding 1000, 2, 50)").isEqualTo(1100);
        assertThat(Files.readString(file).strip()).as("the counter file afterwards").isEqualTo("1100");
    }

    @Test
    @DisplayName("rejects a null file, fewer than 1 process and a negative count, naming the argument")
    void rejectsBadArguments() {
        Path file = dir.resolve("counter.txt");
        BadInput.checkAll(bad -> {
            bad.rejects("incrementConcurrently(null, 1, 1)", () -> FileCounter.incrementConcurrently(null, 1, 1),
                    NullPointerException.class, "file");
            bad.rejects("incrementConcurrently(file, 0, 1)", () -> FileCounter.incrementConcurrently(file, 0, 1),
                    IllegalArgumentException.class, "processes");
            bad.rejects("incrementConcurrently(file, 1, -1)", () -> FileCounter.incrementConcurrently(file, 1, -1),
                    IllegalArgumentException.class, "times");
        });
    }

    private static long incrementConcurrently(Path file, int processes, int times) throws InterruptedException {
        return await(start("test-file-counter", () -> FileCounter.incrementConcurrently(file, processes, times)).future(),
                CHILDREN_HANG, "incrementConcurrently(file, " + processes + ", " + times + ")");
    }
}
