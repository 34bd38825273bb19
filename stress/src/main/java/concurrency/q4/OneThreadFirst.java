package concurrency.q4;

import concurrency.stress.Prerequisite;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What every race test of Q4 calls, called once on one thread before any of them runs. */
public final class OneThreadFirst {
    public static final List<Prerequisite> PREREQUISITES = List.of(new Prerequisite(
            "new NumberList(), then add, size, snapshot, tryRemove and removeWithin on one thread",
            Set.of("AddAddStress", "AddSnapshotStress", "AddToEmptyTryRemoveStress", "AddTryRemoveStress",
                    "RemoveWithinWakeUpStress", "TryRemoveOneStress", "TryRemoveTwoStress"),
            () -> {
                NumberList list = new NumberList();
                list.add(1);
                list.add(2);
                list.size();
                list.snapshot();
                list.tryRemove();
                list.removeWithin(Duration.ofMillis(1));
                list.removeWithin(Duration.ofMillis(1));
            }));

    private OneThreadFirst() {
    }
}
