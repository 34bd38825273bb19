package concurrency.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The compiler's JVM writes its lines by hand with jackson-core; the grader reads them with databind. */
class CompileMainTest {
    private static final ObjectMapper GRADERS_READER = new ObjectMapper();

    @Test
    @DisplayName("a build's line reads back as the same record: a compiled one, and a failed one with nulls and awkward text")
    void linesReadBackAsTheSameRecord() throws Exception {
        List<CompileMain.Compiled> builds = List.of(
                new CompileMain.Compiled("q4", "/work/q4/classes", List.of("/work/q4/classes", "/bundle/reference"), "compiles", null, false),
                new CompileMain.Compiled("q7", null, List.of(), "does not compile",
                        "Factorials.java:3: error: ';' expected\n  \"quoted\" \\ tab\t é 🙂 \u0000", false),
                new CompileMain.Compiled("q1", null, List.of(), "is the untouched template", null, true));
        for (CompileMain.Compiled build : builds) {
            String line = build.toJson();
            assertThat(line).as("one line").doesNotContain("\n");
            assertThat(GRADERS_READER.readValue(line, CompileMain.Compiled.class)).isEqualTo(build);
        }
    }
}
