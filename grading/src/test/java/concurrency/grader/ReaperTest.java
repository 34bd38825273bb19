package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaperTest {
    @TempDir
    Path runDir;

    @Test
    @DisplayName("a process of the run that ends on its own just after the runner is no stray (bubblewrap's init tearing down)")
    void aProcessStillExitingIsNoStray() throws Exception {
        Process runner = ended();
        Process exiting = inRunDir("sleep 0.2");

        assertThat(Reaper.killTree(runner.toHandle(), runDir)).isZero();
        assertThat(exiting.isAlive()).isFalse();
    }

    @Test
    @DisplayName("a process of the run still running after the grace is a stray, and is killed")
    void aProcessThatLivesOnIsAStrayAndIsKilled() throws Exception {
        Process runner = ended();
        Process lingering = inRunDir("sleep 300");

        assertThat(Reaper.killTree(runner.toHandle(), runDir)).isOne();
        assertThat(lingering.waitFor(10, TimeUnit.SECONDS)).as("killed").isTrue();
    }

    @Test
    @DisplayName("a process that has ended reads as not running, this one as running")
    void anEndedProcessIsNotRunning() throws Exception {
        assertThat(Reaper.running(ended().pid())).isFalse();
        assertThat(Reaper.running(ProcessHandle.current().pid())).isTrue();
    }

    private static Process ended() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    private Process inRunDir(String command) throws IOException {
        return new ProcessBuilder("sh", "-c", "exec " + command).directory(runDir.toFile()).start();
    }
}
