package concurrency.q5;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The child JVM of {@link PipeSquares}: reads one int per line on stdin, answers its square per line on stdout. */
final class SquareChild {
    private SquareChild() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            int n = Integer.parseInt(line.strip());
            out.write(Long.toString(n * n));
            out.newLine();
        }
        out.flush();
    }
}
