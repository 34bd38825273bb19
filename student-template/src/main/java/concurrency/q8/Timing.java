package concurrency.q8;

import java.time.Duration;
import java.util.List;

/**
 * How long squaring took on a pool of {@code poolSize} worker JVMs, from starting the pool to
 * closing it, and what came out.
 */
public record Timing(int poolSize, List<Long> results, Duration elapsed) {
    public Timing {
        results = List.copyOf(results);
    }
}
