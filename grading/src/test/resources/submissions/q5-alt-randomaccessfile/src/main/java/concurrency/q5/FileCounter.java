package concurrency.q5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

public final class FileCounter {
    private FileCounter() {
    }

    public static long incrementConcurrently(Path file, int processes, int times) {
        if (file == null) {
            throw new NullPointerException("file is null");
        }
        if (processes < 1 || times < 0) {
            throw new IllegalArgumentException(processes < 1 ? "processes < 1: " + processes : "times < 0: " + times);
        }
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<Process> started = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                started.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx32m",
                        "-cp", System.getProperty("java.class.path"), CounterChild.class.getName(),
                        file.toString(), String.valueOf(times))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            for (Process p : started) {
                if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IllegalStateException("a counter process failed");
                }
            }
            String text = Files.exists(file) ? Files.readString(file).trim() : "";
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            for (Process p : started) {
                p.destroyForcibly();
            }
        }
    }

}
