package concurrency.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

class JUnitRunTest {
    private static final String NONCE = "n0nce";

    @Test
    @DisplayName("a parameterized or repeated method is one check that passes only if every case passes")
    void scoresEachMethodOnceWhateverItsInvocations() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JUnitRun(new Channel(new PrintStream(bytes, true, StandardCharsets.UTF_8), NONCE))
                .run(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ParameterizedFixture.class)));

        List<Check> plan = List.of();
        Map<String, CheckResult> results = new HashMap<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).lines().toList()) {
            String prefix = Channel.PREFIX + NONCE + " ";
            if (line.startsWith(prefix + "plan ")) {
                plan = Channel.JSON.readValue(line.substring((prefix + "plan ").length()), new TypeReference<List<Check>>() { });
            } else if (line.startsWith(prefix + "result ")) {
                CheckResult outcome = Channel.JSON.readValue(line.substring((prefix + "result ").length()), CheckResult.class);
                assertThat(results.put(outcome.id(), outcome)).as("second result for " + outcome.id()).isNull();
            }
        }

        Map<String, CheckResult> byMethod = new HashMap<>();
        for (Check check : plan) {
            byMethod.put(check.name().substring(check.name().indexOf(": ") + 2), results.get(check.id()));
        }
        assertThat(byMethod).containsOnlyKeys("plain()", "everyCasePasses(int)", "twoCasesFail(int)", "noCases(int)", "repeated()");
        assertThat(byMethod.get("plain()").passed()).isTrue();
        assertThat(byMethod.get("everyCasePasses(int)").passed()).isTrue();
        assertThat(byMethod.get("repeated()").passed()).isTrue();
        assertThat(byMethod.get("twoCasesFail(int)").passed()).isFalse();
        assertThat(byMethod.get("twoCasesFail(int)").output()).startsWith("2 cases failed").contains("[2] -2", "[4] -4");
        assertThat(byMethod.get("noCases(int)").passed()).isFalse();
    }
}
