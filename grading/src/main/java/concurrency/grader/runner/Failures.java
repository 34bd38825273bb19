package concurrency.grader.runner;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;

/** Turns a test failure into feedback: the assertion's own message, or the exception and where it arose. */
final class Failures {
    private static final int FRAMES = 6;

    private Failures() {
    }

    static String explain(TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return "";
        }
        return result.getThrowable().map(Failures::explain).orElse(result.getStatus().toString());
    }

    static String explain(Throwable error) {
        if (error instanceof AssertionError && error.getMessage() != null) {
            return error.getMessage().strip();
        }
        StringBuilder out = new StringBuilder("Your code threw ").append(error).append('\n');
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("concurrency.q") && !frame.getClassName().endsWith("Test")) {
                frames.add("    at " + frame);
            }
        }
        frames.stream().limit(FRAMES).forEach(f -> out.append(f).append('\n'));
        if (error.getCause() != null && error.getCause() != error) {
            out.append("Caused by: ").append(error.getCause()).append('\n');
        }
        return out.toString().strip();
    }
}
