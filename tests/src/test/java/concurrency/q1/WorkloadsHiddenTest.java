package concurrency.q1;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.Hidden;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checks of Q1 that would state the answer to its written question: hidden from students (see
 * {@link Hidden}); the display name is the public class's, so a check reads the same either way.
 */
@Tag("q1")
@Hidden
@DisplayName("Q1 Workloads")
class WorkloadsHiddenTest {

    @Test
    @DisplayName("recommend: PROCESSES exactly when isolation is needed, THREADS otherwise (the JVM has no GIL)")
    void recommendEncodesTheAnswer() {
        for (boolean ioBound : new boolean[] {false, true}) {
            for (boolean needsIsolation : new boolean[] {false, true}) {
                for (boolean sharesMutableState : new boolean[] {false, true}) {
                    WorkloadProfile profile = new WorkloadProfile(ioBound, needsIsolation, sharesMutableState);
                    assertThat(Workloads.recommend(profile))
                            .as("recommend(%s): only isolation is worth a process; threads serve both I/O- and "
                                    + "CPU-bound work, because threads of one JVM run in parallel", profile)
                            .isEqualTo(needsIsolation ? Strategy.PROCESSES : Strategy.THREADS);
                }
            }
        }
    }
}
