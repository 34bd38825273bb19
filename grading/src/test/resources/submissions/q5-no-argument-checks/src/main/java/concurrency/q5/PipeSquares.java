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
import java.util.concurrent.atomic.AtomicReference;

/** Squares numbers in another process: a child JVM that talks to this one over its stdin and stdout pipes. */
public final class PipeSquares {
    private PipeSquares() {
    }

    public static List<Long> squaresInChild(List<Integer> numbers) {
        List<Integer> toSend = List.copyOf(numbers); // also rejects null elements
        ChildJvm child = ChildJvm.start(SquareChild.class);
        try {
            // Write on one thread while reading on this one: with both pipes full, a writer that
            // waits for the reader (or the other way round) would wait forever.
            AtomicReference<IOException> writeFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try (BufferedWriter out = new BufferedWriter(
                        new OutputStreamWriter(child.process().getOutputStream(), StandardCharsets.UTF_8))) {
                    for (int n : toSend) {
                        out.write(Integer.toString(n));
                        out.newLine();
                    }
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            }, "pipe-squares-writer");
            writer.start();

            List<Long> squares = new ArrayList<>(toSend.size());
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.process().getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    squares.add(Long.parseLong(line.strip()));
                }
            }
            writer.join();
            child.awaitSuccess();
            if (writeFailure.get() != null) {
                throw new UncheckedIOException("could not send the numbers to the child", writeFailure.get());
            }
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
