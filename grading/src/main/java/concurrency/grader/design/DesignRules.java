package concurrency.grader.design;

import concurrency.q2.ProcessPoolDesign;
import concurrency.q3.SpawnerDesign;
import concurrency.q4.NumberListDesign;
import concurrency.q5.SafeSharingDesign;
import concurrency.q6.SafeExecutionDesign;
import concurrency.q7.FactorialsDesign;
import concurrency.q8.SquareTimingDesign;
import java.util.List;

/** The design rules of every question that has some. */
public final class DesignRules {
    private DesignRules() {
    }

    public static List<DesignCheck> forQuestion(String question) {
        return switch (question) {
            case "q2" -> ProcessPoolDesign.checks();
            case "q3" -> SpawnerDesign.checks();
            case "q4" -> NumberListDesign.checks();
            case "q5" -> SafeSharingDesign.checks();
            case "q6" -> SafeExecutionDesign.checks();
            case "q7" -> FactorialsDesign.checks();
            case "q8" -> SquareTimingDesign.checks();
            default -> List.of();
        };
    }
}
