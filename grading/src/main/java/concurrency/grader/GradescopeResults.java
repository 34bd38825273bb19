package concurrency.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the score sheet in Gradescope's results.json format. Every score is already a whole
 * number of hundredths ({@link Points}), so the tests add up to the totals written here.
 */
final class GradescopeResults {
    private GradescopeResults() {
    }

    /** @param environment how student code was run (the sandbox, the limits), for the record: Gradescope's extra_data */
    static void write(ScoreSheet sheet, String summary, Path file, Map<String, Object> environment) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("score", sheet.score());
        root.put("max_score", sheet.maxScore());
        root.put("execution_time", sheet.elapsed().toSeconds());
        root.put("output", Boolean.TRUE.equals(environment.get("isolated")) ? summary
                : summary + "\nGraded WITHOUT a sandbox (--no-sandbox): student code was not isolated.");
        // plain text everywhere: feedback holds stack traces and student output, which Markdown or HTML would mangle
        root.put("output_format", "text");
        root.put("test_output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "visible");
        root.put("extra_data", environment);
        List<Map<String, Object>> tests = new ArrayList<>();
        for (GradedTest test : sheet.tests()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", test.name());
            entry.put("score", test.score());
            entry.put("max_score", test.maxScore());
            entry.put("status", test.passed() ? "passed" : "failed");
            entry.put("output", test.output());
            entry.put("output_format", "text");
            entry.put("tags", test.tags());
            entry.put("visibility", test.visibility());
            tests.add(entry);
        }
        root.put("tests", tests);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = Files.createTempFile(parent, ".results", ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(partial.toFile(), root);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
