package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    @DisplayName("8 points over 7 checks: shares of whole hundredths, the remainder to the first checks, 8 in all")
    void eightOverSeven() {
        assertThat(Points.split(8, 7)).containsExactly(1.15, 1.15, 1.14, 1.14, 1.14, 1.14, 1.14);
    }

    @Test
    @DisplayName("every kind of the rubric, over any number of checks, adds up to exactly its points")
    void everyKindAddsUpExactly() {
        for (Rubric.Question question : Rubric.bundled().questions()) {
            question.kinds().forEach((kind, item) -> IntStream.rangeClosed(1, 60).forEach(checks -> {
                List<Double> shares = Points.split(item.points(), checks);
                String what = question.id() + " " + kind + " over " + checks + " checks: " + shares;

                assertThat(shares).as(what).hasSize(checks).allMatch(Points::isWhole);
                assertThat(Points.sum(shares.stream().mapToDouble(Double::doubleValue))).as(what).isEqualTo(item.points());
                double spread = shares.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                        - shares.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                assertThat(spread).as(what + ": equal to within a hundredth").isLessThanOrEqualTo(0.0100001);
            }));
        }
    }

    @Test
    @DisplayName("a sum of many hundredths is exact, not 99.99999999999")
    void sumIsExact() {
        assertThat(Points.sum(IntStream.range(0, 10_000).mapToDouble(i -> 0.01))).isEqualTo(100.0);
    }

    @Test
    @DisplayName("points print as whole numbers when whole, else with two decimals, on the console as in results.json")
    void format() {
        assertThat(Points.format(8)).isEqualTo("8");
        assertThat(Points.format(1.5)).isEqualTo("1.50");
        assertThat(Points.format(1.15)).isEqualTo("1.15");
        assertThat(Points.format(0)).isEqualTo("0");
    }

    @Test
    @DisplayName("points that are not whole hundredths are noticed (a rubric must not give 8.333)")
    void wholeHundredths() {
        assertThat(Points.isWhole(8.25)).isTrue();
        assertThat(Points.isWhole(8.333)).isFalse();
    }
}
