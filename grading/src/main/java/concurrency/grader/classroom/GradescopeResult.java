package concurrency.grader.classroom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A results.json as the grader wrote it (Gradescope's format), read back: what the gradebook, the feedback
 * and the report are made of. Each test is tagged with its question and its kind ({@code ["q4", "stress"]}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GradescopeResult(double score, @JsonProperty("max_score") double maxScore, String output,
                               @JsonProperty("extra_data") Map<String, Object> extraData, List<Test> tests) {
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Test(String name, double score, @JsonProperty("max_score") double maxScore, String status, String output,
                       List<String> tags, String visibility) {
        public String question() {
            return tags == null || tags.isEmpty() ? "" : tags.get(0);
        }

        public String kind() {
            return tags == null || tags.size() < 2 ? "" : tags.get(1);
        }

        public boolean passed() {
            return "passed".equals(status);
        }

        /** A check shown to students only once grades are published: its name may state an answer. */
        public boolean hidden() {
            return !"visible".equals(visibility);
        }
    }

    public GradescopeResult {
        tests = tests == null ? List.of() : List.copyOf(tests);
        extraData = extraData == null ? Map.of() : extraData;
        output = output == null ? "" : output;
    }

    public static GradescopeResult read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), GradescopeResult.class);
    }

    /** The points of one question: the sum of its tests, in whole hundredths. */
    public double points(String question) {
        return concurrency.grader.Points.sum(tests.stream().filter(t -> t.question().equals(question)).mapToDouble(Test::score));
    }

    public double maxPoints(String question) {
        return concurrency.grader.Points.sum(tests.stream().filter(t -> t.question().equals(question)).mapToDouble(Test::maxScore));
    }

    public boolean graded(String question) {
        return tests.stream().anyMatch(t -> t.question().equals(question));
    }

    /** Each graded question's compiled classes as the grader hashed them ("template" or "not compiled" otherwise). */
    @SuppressWarnings("unchecked")
    public Map<String, String> classes() {
        Object classes = extraData.get("classes");
        return classes instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
