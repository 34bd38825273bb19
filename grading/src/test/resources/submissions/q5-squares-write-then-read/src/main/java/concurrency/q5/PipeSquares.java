package concurrency.q5;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Squares numbers in another process: a child JVM that talks to this one over its stdin and stdout pipes. */
public final class PipeSquares {
    private PipeSquares() {
    }

    public static List<Long> squaresInChild(List<Integer> numbers) {
        Objects.requireNonNull(numbers, "numbers must not be null");
        List<Integer> toSend = List.copyOf(numbers); // also rejects null elements
        ChildJvm child = ChildJvm.start(SquareChild.class);
        try {
            // Send everything, then read the answers.
            try (BufferedWriter out = new BufferedWriter(
                    new OutputStreamWriter(child.process().getOutputStream(), StandardCharsets.UTF_8))) {
                for (int n : toSend) {
                    out.write(Integer.toString(n));
                    out.newLine();
                }
            }
            List<Long> squares = new ArrayList<>(toSend.size());
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.process().getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    squares.add(Long.parseLong(line.strip()));
                }
            }
            child.awaitSuccess();
            if (squares.size() != toSend.size()) {
                throw new IllegalStateException("the child answered " + squares.size() + " of " + toSend.size() + " numbers");
            }
            return List.copyOf(squares);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the child's answers", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child", e);
        } finally {
            child.kill();
        }
    }
}
