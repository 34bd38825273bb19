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
        Reaped reaped = reapedAfter("sleep 0.2");

        assertThat(reaped.strays()).isZero();
        assertThat(reaped.left().isAlive()).isFalse();
    }

    @Test
    @DisplayName("a process of the run still running after the grace is a stray, and is killed")
    void aProcessThatLivesOnIsAStrayAndIsKilled() throws Exception {
        Reaped reaped = reapedAfter("sleep 300");

        assertThat(reaped.strays()).isOne();
        assertThat(reaped.left().waitFor(10, TimeUnit.SECONDS)).as("killed").isTrue();
    }

    @Test
    @DisplayName("a process that has ended reads as not running, this one as running")
    void anEndedProcessIsNotRunning() throws Exception {
        assertThat(Reaper.running(ended().pid())).isFalse();
        assertThat(Reaper.running(ProcessHandle.current().pid())).isTrue();
    }

    /** What the reaper counted once a runner had ended, leaving {@code command} running in its run directory. */
    private record Reaped(int strays, Process left) {
    }

    private Reaped reapedAfter(String command) throws IOException, InterruptedException {
        Process runner = ended();
        Process left = new ProcessBuilder("sh", "-c", "exec " + command).directory(runDir.toFile()).start();
        return new Reaped(Reaper.killTree(runner.toHandle(), runDir), left);
    }

    private static Process ended() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process;
    }
}
