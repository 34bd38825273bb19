package concurrency.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kills what a runner JVM leaves behind: its descendants, and — because a detached grandchild is
 * no longer a descendant — every process of this user whose working directory or command line lies
 * inside the run's directory.
 */
final class Reaper {
    private static final Duration GRACE = Duration.ofSeconds(5);

    private Reaper() {
    }

    /** Kills {@code root} and everything it started; returns how many stray processes were found. */
    static int killTree(ProcessHandle root, Path runDir) {
        List<ProcessHandle> doomed = new ArrayList<>(root.descendants().toList());
        doomed.add(root);
        doomed.addAll(strays(runDir));
        int strays = (int) doomed.stream().filter(ProcessHandle::isAlive).filter(p -> !p.equals(root)).count();
        doomed.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle p : doomed) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                p.onExit().completeOnTimeout(p, 100, java.util.concurrent.TimeUnit.MILLISECONDS).join();
            }
        }
        return strays;
    }

    /** Processes whose cwd is inside {@code runDir} or whose command line mentions it (Linux /proc). */
    static List<ProcessHandle> strays(Path runDir) {
        String marker = runDir.toAbsolutePath().toString();
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> mentions(p, marker))
                .toList();
    }

    private static boolean mentions(ProcessHandle p, String marker) {
        Optional<String> commandLine = p.info().commandLine();
        if (commandLine.isPresent() && commandLine.get().contains(marker)) {
            return true;
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")).toString().startsWith(marker);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
