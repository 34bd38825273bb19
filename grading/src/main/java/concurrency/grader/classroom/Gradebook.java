package concurrency.grader.classroom;

import concurrency.grader.Points;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * gradebook.csv: one row per student (a group submission gives each member a row), with the points of each
 * question, the total, the maximum, the status and its reason, and how long grading took. Points use a dot and at
 * most two decimals; a submission that was not graded has empty points, never a 0 it did not earn. README.md,
 * "Grading a class", says how Canvas and Moodle import it.
 */
final class Gradebook {
    static final String FILE = "gradebook.csv";
    static final String STUDENT = "Student";
    static final String EMAIL = "Email";
    static final String TOTAL = "Total";

    private Gradebook() {
    }

    static List<String> header(List<String> questions) {
        List<String> header = new ArrayList<>(List.of(STUDENT, EMAIL, "Submission"));
        questions.forEach(q -> header.add(q.toUpperCase(Locale.ROOT)));
        header.addAll(List.of(TOTAL, "Max", "Status", "Reason", "Grading seconds"));
        return header;
    }

    static void write(Path file, List<Row> rows, List<String> questions) throws IOException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".gradebook", ".csv");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header(questions).toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Row row : rows) {
                for (Person person : row.people()) {
                    List<String> record = new ArrayList<>(List.of(text(person.name().isEmpty() ? row.submission() : person.name()),
                            text(person.email()), text(row.submission())));
                    for (String question : questions) {
                        Double points = row.points().get(question);
                        record.add(points == null ? "" : Points.format(points));
                    }
                    record.add(row.total() == null ? "" : Points.format(row.total()));
                    record.add(Points.format(row.max()));
                    record.add(row.status().label());
                    record.add(text(row.reason()));
                    record.add(String.format(Locale.ROOT, "%.0f", row.seconds()));
                    csv.printRecord(record);
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A text cell as a spreadsheet must not run it: a name or reason that starts like a formula ({@code =}, {@code +},
     * {@code -}, {@code @}) gets a leading apostrophe (OWASP's advice on CSV injection).
     */
    static String text(String value) {
        String flat = value == null ? "" : value.replaceAll("[\\r\\n]+", " ");
        return !flat.isEmpty() && "=+-@\t".indexOf(flat.charAt(0)) >= 0 ? "'" + flat : flat;
    }
}
