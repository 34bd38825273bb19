package concurrency.q9;

import concurrency.grader.design.DesignCheck;
import java.util.List;

/** A question's hidden design rules as a question keeps them, for DesignRulesTest and LeakCheckTest (q9 is no real question). */
public final class HiddenDesign {
    private HiddenDesign() {
    }

    public static List<DesignCheck> checks() {
        // not marked hidden here on purpose: DesignRules marks every rule of this class hidden
        return List.of(new DesignCheck("q9.design.secret", "Counter keeps its sum in one striped cell per thread",
                "the exact algorithm", dir -> List.of()));
    }
}
