package concurrency.q2;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One worker JVM seen from the pool: its process, the two ends of its protocol, and its stderr. */
final class WorkerProcess {
    /** Lean start-up: the worker loads few classes and runs small tasks (measured in package-info). */
    static final List<String> JVM_OPTIONS = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmx64m", "-XX:-UsePerfData", "-XX:CICompilerCount=1");
    /** The worker's optional second argument: prepare deserialization before saying ready (a pool's first worker). */
    static final String PREPARE = "prepare";
    private static final long STOP_GRACE_SECONDS = 5;
    /** A worker's stderr is read in full (or it would block), but very long lines are shown cut short. */
    private static final int MAX_LINE = 300;

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    /** Set by the one thread that awaits readiness (the constructor's for the first worker, then its dispatcher's). */
    private boolean ready;

    private WorkerProcess(Process process) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        drain(process);
    }

    /**
     * Starts a worker JVM on this JVM's class path; it is ready once {@link #awaitReady} returns. The first
     * worker of a pool prepares its deserialization before it says it is ready (see {@link Worker}).
     */
    static WorkerProcess start(boolean first) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Worker.class.getName(),
                Long.toString(ProcessHandle.current().pid())));
        if (first) {
            command.add(PREPARE);
        }
        try {
            return new WorkerProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a worker JVM with " + java, e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Returns once the worker has said it is ready (at once if it has already). */
    void awaitReady() throws WorkerDiedException {
        if (ready) {
            return;
        }
        try {
            Frames.Frame first = Frames.read(fromWorker);
            if (first.kind() != Frames.READY) {
                throw new IOException("a worker's first frame was of kind " + first.kind());
            }
            ready = true;
        } catch (IOException e) {
            throw died("while starting", e);
        }
    }

    /**
     * Runs one call in the worker and returns its reply frame (a result or a failure).
     *
     * @throws WorkerDiedException if the worker's JVM ended (or broke the protocol) before replying
     */
    Frames.Frame call(long id, byte[] call) throws WorkerDiedException {
        try {
            Frames.write(toWorker, id, Frames.CALL, call);
            Frames.Frame reply = Frames.read(fromWorker);
            if (reply.id() != id || (reply.kind() != Frames.RESULT && reply.kind() != Frames.FAILURE)) {
                throw new IOException("a worker answered task " + id + " with a frame of kind " + reply.kind()
                        + " for task " + reply.id());
            }
            return reply;
        } catch (IOException e) {
            throw died("while running task " + id, e);
        }
    }

    /** Asks the worker to exit (end of its stdin), waits for it, and kills it if it does not comply. */
    void stop() {
        try {
            toWorker.close();
        } catch (IOException alreadyGone) {
            // it has exited already
        }
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the worker (and anything it started) and waits until it is gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        boolean interrupted = false;
        while (true) {
            try {
                process.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private WorkerDiedException died(String when, IOException e) {
        kill();
        return new WorkerDiedException("worker JVM " + process.pid() + " ended " + when + " (exit status "
                + process.exitValue() + ")", e);
    }

    /** Copies the worker's stderr (its own messages and whatever its tasks print) to ours, line by line, as it comes. */
    private static void drain(Process process) {
        Thread drainer = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    String shown = line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "... (" + line.length() + " characters)";
                    System.err.println("[worker " + process.pid() + "] " + shown);
                }
            } catch (IOException ended) {
                // the worker is gone
            }
        }, "process-pool-stderr-" + process.pid());
        drainer.setDaemon(true);
        drainer.start();
    }
}
