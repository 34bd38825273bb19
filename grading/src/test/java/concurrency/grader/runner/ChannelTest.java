package concurrency.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The runner writes its lines field by field; the grader reads them with databind into the same records. */
class ChannelTest {
    private static final ObjectMapper GRADERS_READER = new ObjectMapper();
    private static final String AWKWARD = "a \"quoted\" \\ line\nand a tab\t, a NUL \u0000, é and 🙂, </script>";

    @Test
    @DisplayName("a plan, a result, a limit and the end come back as the records they were, whatever their text holds")
    void linesReadBackAsTheSameRecords() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Channel channel = new Channel(new PrintStream(bytes, true, StandardCharsets.UTF_8), "n0nce");
        List<Check> plan = List.of(new Check("q7.a", AWKWARD), new Check("q7.b", "hidden one", true));
        CheckResult failed = new CheckResult("q7.a", false, AWKWARD);
        CheckResult passed = new CheckResult("q7.b", true, null);

        channel.plan(plan);
        channel.result(failed);
        channel.result(passed);
        channel.limit(AWKWARD);
        channel.done();

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).as("one line per message, each behind the prefix and the nonce").hasSize(5)
                .allMatch(line -> line.startsWith(Channel.PREFIX + "n0nce "));
        assertThat(GRADERS_READER.readValue(payload(lines.get(0), "plan"), Check[].class)).containsExactlyElementsOf(plan);
        assertThat(GRADERS_READER.readValue(payload(lines.get(1), "result"), CheckResult.class)).isEqualTo(failed);
        assertThat(GRADERS_READER.readValue(payload(lines.get(2), "result"), CheckResult.class)).isEqualTo(passed);
        assertThat(GRADERS_READER.readValue(payload(lines.get(3), "limit"), String.class)).isEqualTo(AWKWARD);
        assertThat(lines.get(4)).isEqualTo(Channel.PREFIX + "n0nce done");
    }

    private static String payload(String line, String type) {
        String prefix = Channel.PREFIX + "n0nce " + type + " ";
        assertThat(line).startsWith(prefix);
        return line.substring(prefix.length());
    }
}
