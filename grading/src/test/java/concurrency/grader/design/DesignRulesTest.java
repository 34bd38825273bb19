package concurrency.grader.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DesignRulesTest {
    @Test
    @DisplayName("a question's HiddenDesign class adds its rules after the public ones, each marked hidden")
    void hiddenRulesComeFromTheirOwnClass() {
        assertThat(DesignRules.forQuestion("q9")).singleElement()
                .satisfies(rule -> assertThat(rule.id()).isEqualTo("q9.design.secret"))
                .satisfies(rule -> assertThat(rule.hidden()).isTrue());
        assertThat(DesignRules.forQuestion("q4")).as("Q4 has no hidden rule today").isNotEmpty().noneMatch(DesignCheck::hidden);
    }
}
