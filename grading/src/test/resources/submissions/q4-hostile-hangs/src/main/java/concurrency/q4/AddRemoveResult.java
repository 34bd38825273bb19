package concurrency.q4;

import java.util.List;

/** What one run of {@link AddRemoveDemo} did: what was added, removed, and left over. */
public record AddRemoveResult(List<Integer> added, List<Integer> removed, List<Integer> remaining) {
    public AddRemoveResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        remaining = List.copyOf(remaining);
    }
}
