package concurrency.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import concurrency.testing.Hidden;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A hidden test class, with a nested class, as the tests module writes one; run by {@link JUnitRunTest}. */
@Hidden
class HiddenFixture {
    @Test
    void hiddenPlain() {
        assertThat(1).isPositive();
    }

    @Nested
    class Inner {
        @Test
        void hiddenNested() {
            assertThat(2).isPositive();
        }
    }
}
