package concurrency.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Kills what a runner JVM leaves behind: its descendants, and — because a detached grandchild is
 * no longer a descendant — every process of this user whose working directory or command line lies
 * inside the run's directory.
 */
final class Reaper {
    private static final Duration GRACE = Duration.ofSeconds(5);

    private Reaper() {
    }

    /**
     * How long a process may take to finish exiting after the runner has ended before it counts as
     * a stray: bubblewrap reports the runner's exit status before its own init in the sandbox has
     * torn the namespace down, so a correct run can leave a process that is about to vanish.
     */
    static final Duration EXITING = Duration.ofSeconds(2);

    /**
     * Kills {@code root} and everything it started; returns how many stray processes were found:
     * once {@code root} has ended, those still running {@link #EXITING} later.
     */
    static int killTree(ProcessHandle root, Path runDir) {
        List<ProcessHandle> doomed = new ArrayList<>(root.descendants().toList());
        doomed.add(root);
        doomed.addAll(strays(runDir));
        if (!root.isAlive()) {
            long exited = System.nanoTime() + EXITING.toNanos();
            while (doomed.stream().anyMatch(Reaper::running) && System.nanoTime() < exited) {
                pause();
            }
        }
        int strays = (int) doomed.stream().filter(p -> !p.equals(root)).filter(Reaper::running).count();
        doomed.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle p : doomed) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                p.onExit().completeOnTimeout(p, 100, java.util.concurrent.TimeUnit.MILLISECONDS).join();
            }
        }
        return strays;
    }

    /** False for a process that is gone or a zombie (state Z or X in /proc/PID/stat): it waits only to be reaped. */
    static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')');
            char state = afterName >= 0 && afterName + 2 < stat.length() ? stat.charAt(afterName + 2) : '?';
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean running(ProcessHandle process) {
        return process.isAlive() && running(process.pid());
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Processes whose cwd is inside {@code runDir} or whose command line mentions it (Linux /proc).
     * This JVM and its ancestors are never strays: a wrapper such as {@code timeout} or {@code time}
     * that started the grader names the work directory too, but submission code descends from here.
     */
    static List<ProcessHandle> strays(Path runDir) {
        String marker = runDir.toAbsolutePath().toString();
        Set<Long> selfAndAncestors = new HashSet<>();
        for (Optional<ProcessHandle> p = Optional.of(ProcessHandle.current()); p.isPresent(); p = p.get().parent()) {
            selfAndAncestors.add(p.get().pid());
        }
        return ProcessHandle.allProcesses()
                .filter(p -> !selfAndAncestors.contains(p.pid()))
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
