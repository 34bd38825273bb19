package concurrency.grader.runner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The runner's side of the line protocol to the grader. Every line carries a nonce that the grader
 * sent on stdin, so that text printed by student code cannot pass for a result; the runner's own
 * stdout is taken away from everything else (System.out goes to stderr).
 *
 * <p>The JSON is written field by field with jackson-core's generator, not by jackson-databind: databind
 * inspects the records by reflection first, which cost every runner JVM about half a second of processor
 * time. The grader reads the lines with databind, into the same records.
 */
public final class Channel {
    public static final String PREFIX = "@@";
    private static final JsonFactory JSON = new JsonFactory();

    private final PrintStream out;
    private final String nonce;

    Channel(PrintStream out, String nonce) {
        this.out = out;
        this.nonce = nonce;
    }

    public synchronized void plan(List<Check> checks) {
        send("plan", json -> {
            json.writeStartArray();
            for (Check check : checks) {
                json.writeStartObject();
                json.writeStringField("id", check.id());
                json.writeStringField("name", check.name());
                json.writeBooleanField("hidden", check.hidden());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    public synchronized void result(CheckResult result) {
        send("result", json -> {
            json.writeStartObject();
            json.writeStringField("id", result.id());
            json.writeBooleanField("passed", result.passed());
            json.writeStringField("output", result.output());
            json.writeEndObject();
        });
    }

    /** A limit of the runner's environment that the run ran into, in words for the student. */
    public synchronized void limit(String what) {
        send("limit", json -> json.writeString(what));
    }

    public synchronized void done() {
        out.println(PREFIX + nonce + " done");
        out.flush();
    }

    private void send(String type, Payload payload) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            payload.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(PREFIX + nonce + " " + type + " " + text);
        out.flush();
    }

    private interface Payload {
        void writeTo(JsonGenerator json) throws IOException;
    }
}
