package concurrency.grader.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.List;

/**
 * The runner's side of the line protocol to the grader. Every line carries a nonce that the grader
 * sent on stdin, so that text printed by student code cannot pass for a result; the runner's own
 * stdout is taken away from everything else (System.out goes to stderr).
 */
public final class Channel {
    public static final String PREFIX = "@@";
    static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final String nonce;

    Channel(PrintStream out, String nonce) {
        this.out = out;
        this.nonce = nonce;
    }

    public synchronized void plan(List<Check> checks) {
        send("plan", checks);
    }

    public synchronized void result(CheckResult result) {
        send("result", result);
    }

    /** A limit of the runner's environment that the run ran into, in words for the student. */
    public synchronized void limit(String what) {
        send("limit", what);
    }

    public synchronized void done() {
        out.println(PREFIX + nonce + " done");
        out.flush();
    }

    private void send(String type, Object payload) {
        try {
            out.println(PREFIX + nonce + " " + type + " " + JSON.writeValueAsString(payload));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
