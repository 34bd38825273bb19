package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import concurrency.grader.Rubric;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema the Gradescope simulation checks results.json with: it accepts what the grader writes, and catches each break. */
class GradescopeSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the results.json of a submission that was not graded is valid Gradescope results")
    void ungradedResultsAreValid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.json");
        Rubric rubric = Rubric.bundled();
        UngradedResults.write(file, rubric, rubric.questions().stream().map(Rubric.Question::id).toList(), "nothing to grade", 1);

        assertThat(GradescopeSchema.problems(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("each way a results.json can break Gradescope's format is reported")
    @ValueSource(strings = {"a status that is not passed or failed", "a score that is text", "a test without max_score",
            "a misspelt visibility field", "an unknown visibility", "an unknown output format", "no tests at all",
            "tags that are not a list"})
    void breaksAreCaught(String what) throws Exception {
        ObjectNode valid = valid();
        assertThat(GradescopeSchema.problems(valid)).as("the valid one").isEmpty();
        ObjectNode test = (ObjectNode) valid.get("tests").get(0);
        Consumer<ObjectNode> breakIt = switch (what) {
            case "a status that is not passed or failed" -> root -> test.put("status", "ok");
            case "a score that is text" -> root -> test.put("score", "1.5");
            case "a test without max_score" -> root -> test.remove("max_score");
            case "a misspelt visibility field" -> root -> root.put("visiblity", "visible");
            case "an unknown visibility" -> root -> test.put("visibility", "later");
            case "an unknown output format" -> root -> root.put("output_format", "markdown");
            case "no tests at all" -> root -> root.set("tests", JSON.createArrayNode());
            default -> root -> test.put("tags", "q4");
        };
        breakIt.accept(valid);

        assertThat(GradescopeSchema.problems(valid)).as(what).isNotEmpty();
    }

    private static ObjectNode valid() {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", 1.5).put("max_score", 2.0).put("execution_time", 3).put("output", "Score: 1.5/2")
                .put("output_format", "text").put("test_output_format", "text").put("visibility", "visible")
                .put("stdout_visibility", "visible");
        root.set("extra_data", JSON.createObjectNode());
        ArrayNode tests = root.putArray("tests");
        ObjectNode test = tests.addObject();
        test.put("name", "Q4 correctness | adds").put("score", 1.5).put("max_score", 2.0).put("status", "failed")
                .put("output", "expected 1").put("output_format", "text").put("visibility", "visible");
        test.set("tags", JSON.valueToTree(List.of("q4", "correctness")));
        return root;
    }
}
