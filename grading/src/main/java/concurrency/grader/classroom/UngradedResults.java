package concurrency.grader.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import concurrency.grader.Points;
import concurrency.grader.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A results.json, in the grader's own format, for a submission the grader never ran on: nothing to grade (0 points),
 * or, on Gradescope, a grading that could not finish (so that Gradescope shows the student why, not an error).
 * Every question is one failed test worth its points, with the reason as its output.
 */
final class UngradedResults {
    /** The kind every test of such a results.json is tagged with. */
    static final String KIND = "not graded";
    private UngradedResults() {
    }

    static void write(Path file, Rubric rubric, List<String> questions, String reason, long seconds) throws IOException {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (String id : questions) {
            Rubric.Question question = rubric.byId().get(id);
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("name", id.toUpperCase(Locale.ROOT) + " | not graded");
            test.put("score", 0.0);
            test.put("max_score", question.maxScore());
            test.put("status", "failed");
            test.put("output", reason);
            test.put("output_format", "text");
            test.put("tags", List.of(id, KIND));
            test.put("visibility", "visible");
            tests.add(test);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("score", 0.0);
        root.put("max_score", Points.sum(questions.stream().mapToDouble(q -> rubric.byId().get(q).maxScore())));
        root.put("execution_time", seconds);
        root.put("output", "Not graded: " + reason);
        root.put("output_format", "text");
        root.put("test_output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "visible");
        root.put("extra_data", Map.of("graded", false));
        root.put("tests", tests);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".results", ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(partial.toFile(), root);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
