package concurrency.grader.classroom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One submission of the class, graded: what the gradebook and the report show of it. Kept as row.json in
 * the student's folder, so that a run stopped midway and started again reuses what is settled.
 *
 * @param submission  the file or folder name in the submissions folder
 * @param folder      the student's folder under {@code --out}/students
 * @param points      points per graded question; empty unless the status is scored
 * @param total       the total, or null when the submission was not graded
 * @param seconds     wall time of this submission's grading
 * @param fingerprint the submission's content, the grader and its options, hashed (see {@link Fingerprint})
 * @param classes     each question's compiled classes as hashed by the grader, for finding identical submissions
 */
public record Row(String submission, String folder, List<Person> people, Status status, String reason,
                  Map<String, Double> points, Double total, double max, double seconds, String fingerprint,
                  Map<String, String> classes) {
    static final String FILE = "row.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Row {
        people = List.copyOf(people);
        reason = reason == null ? "" : reason;
        points = points == null ? Map.of() : new TreeMap<>(points);
        classes = classes == null ? Map.of() : new TreeMap<>(classes);
    }

    /** The name shown for the submission: its people's names, or its file name when nobody is known. */
    public String displayName() {
        String names = String.join(", ", people.stream().map(Person::name).filter(n -> !n.isEmpty()).toList());
        return names.isEmpty() ? submission : names;
    }

    void write(Path studentDir) throws IOException {
        Path partial = Files.createTempFile(studentDir, ".row", ".json");
        JSON.writeValue(partial.toFile(), this);
        Files.move(partial, studentDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The row a previous run left, if it is readable. */
    static Optional<Row> read(Path studentDir) {
        Path file = studentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Row.class));
        } catch (IOException unreadable) {
            return Optional.empty(); // graded again
        }
    }
}
