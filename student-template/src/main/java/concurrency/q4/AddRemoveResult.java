package concurrency.q4;

import java.util.List;

/**
 * What one run of {@link AddRemoveDemo#run(int, long)} did.
 *
 * @param added     the numbers the adder thread added, in the order it added them
 * @param removed   the numbers the remover thread removed, in the order it removed them
 * @param remaining what was left in the list after both threads had finished
 */
public record AddRemoveResult(List<Integer> added, List<Integer> removed, List<Integer> remaining) {
}
