package concurrency.q5;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

public final class PipeSquares {
    private PipeSquares() {
    }

    public static List<Long> squaresInChild(List<Integer> numbers) {
        if (numbers == null) {
            throw new NullPointerException("numbers is null");
        }
        for (Integer n : numbers) {
            if (n == null) {
                throw new NullPointerException("a number is null");
            }
        }
        String java = System.getProperty("java.home") + "/bin/java";
        Process child;
        try {
            child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), SquareChild.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Long> squares = new ArrayList<>();
            IOException[] readFailure = new IOException[1];
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        squares.add(Long.valueOf(line.trim()));
                    }
                } catch (IOException e) {
                    readFailure[0] = e;
                }
            });
            reader.start();
            try (PrintWriter out = new PrintWriter(child.getOutputStream())) {
                numbers.forEach(out::println);
            }
            reader.join();
            if (readFailure[0] != null) {
                throw new UncheckedIOException(readFailure[0]);
            }
            if (!child.waitFor(1, TimeUnit.MINUTES) || child.exitValue() != 0 || squares.size() != numbers.size()) {
                throw new IllegalStateException("the child failed");
            }
            return squares;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            child.destroyForcibly();
        }
    }
}
