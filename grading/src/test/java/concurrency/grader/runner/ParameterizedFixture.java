package concurrency.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Test methods of every shape, run by {@link JUnitRunTest} (its name keeps Surefire away from it). */
class ParameterizedFixture {
    @Test
    void plain() {
        assertThat(1).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyCasePasses(int n) {
        assertThat(n).isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, -2, 3, -4})
    void twoCasesFail(int n) {
        assertThat(n).as("n").isPositive();
    }

    @ParameterizedTest
    @ValueSource(ints = {})
    void noCases(int n) {
        assertThat(n).isPositive();
    }

    @RepeatedTest(2)
    void repeated() {
        assertThat(2).isPositive();
    }
}
