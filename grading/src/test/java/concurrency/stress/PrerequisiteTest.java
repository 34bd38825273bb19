package concurrency.stress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-thread prerequisites of the race tests, checked here against the reference. */
class PrerequisiteTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q4", "q5"})
    @DisplayName("every race test of a question needs exactly one prerequisite, and each names only race tests that exist")
    void everyRaceTestIsCoveredOnce(String question) {
        List<String> tests = StressRun.matchingTests("^concurrency\\." + question + "\\.").stream()
                .map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
        List<String> covered = Prerequisite.of(question).stream().flatMap(p -> p.tests().stream()).sorted().toList();

        assertThat(covered).as("prerequisites of %s", question).containsExactlyInAnyOrderElementsOf(tests);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q4", "q5"})
    @DisplayName("the reference passes every prerequisite")
    void theReferencePasses(String question) throws InterruptedException {
        for (Prerequisite prerequisite : Prerequisite.of(question)) {
            assertThat(prerequisite.failure()).as(prerequisite.subject()).isEmpty();
        }
    }

    @Test
    @DisplayName("a prerequisite that throws fails with the calls that were made and what they threw")
    void aThrowingExerciseFails() throws InterruptedException {
        Prerequisite unfinished = new Prerequisite("new Thing(), then use on one thread", Set.of("UseUseStress"),
                () -> {
                    throw new UnsupportedOperationException("TODO");
                });

        assertThat(unfinished.failure()).hasValueSatisfying(why -> assertThat(why)
                .contains("new Thing(), then use on one thread").contains("UnsupportedOperationException: TODO"));
    }

    @Test
    @DisplayName("on the reference no race test is held back (CorpusIT shows the template's are)")
    void nothingIsHeldBackOnTheReference() throws InterruptedException {
        List<String> all = Stream.of("q4", "q5").flatMap(q -> StressRun.matchingTests("^concurrency\\." + q + "\\.").stream())
                .toList();

        assertThat(StressRun.notReady(all)).isEmpty();
    }

    @Test
    @DisplayName("a NOT READY verdict tells the student why the race test did not run and what to do first")
    void notReadyExplains() {
        StressVerdict verdict = new StressVerdict("concurrency.q4.AddAddStress", "Two threads add.", "NOT READY", 0,
                List.of(), List.of("new NumberList(), then add on one thread threw java.lang.UnsupportedOperationException: TODO."));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.explanation()).contains("Not run: new NumberList(), then add on one thread threw")
                .contains("correctness checks");
    }
}
