package concurrency.q5;

import java.util.List;
import java.util.Objects;

public final class PipeSquares {
    private PipeSquares() {
    }

    public static List<Long> squaresInChild(List<Integer> numbers) {
        Objects.requireNonNull(numbers, "numbers must not be null");
        return numbers.stream().map(n -> (long) n * n).toList();
    }
}
