package concurrency.grader.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gradebook.csv reads back exactly, gives no grade to what was not graded, and never lets a spreadsheet run a name. */
class GradebookTest {

    @Test
    @DisplayName("a row per student (a group per member), points per question, blank points for a refused submission")
    void rows(@TempDir Path dir) throws Exception {
        GradescopeResult results = ClassFixtures.results(Map.of("q4", ClassFixtures.failed("q4", "stress", "race", 4, "caught")), Map.of());
        Row group = new Row("submission_1", "submission_1", List.of(new Person("Alan Turing", "alan@example.edu"),
                new Person("Grace Hopper, Jr.", "grace@example.edu")), Status.GRADED, "", ClassFixtures.row("x", "", Status.GRADED, "",
                Optional.of(results), 1).points(), results.score(), 100, 61.4, "p", Map.of());
        Row refused = ClassFixtures.row("erin", "", Status.REFUSED, "The zip holds \"../x.java\",\nso no.", Optional.empty(), 0.2);
        Path file = dir.resolve(Gradebook.FILE);

        Gradebook.write(file, List.of(group, refused), ClassFixtures.QUESTIONS);

        List<CSVRecord> records = read(file);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get(Gradebook.STUDENT)).isEqualTo("Alan Turing");
        assertThat(records.get(1).get(Gradebook.STUDENT)).isEqualTo("Grace Hopper, Jr.");
        assertThat(records.get(1).get(Gradebook.EMAIL)).isEqualTo("grace@example.edu");
        assertThat(records.get(1).get("Q4")).isEqualTo("16");
        assertThat(records.get(1).get(Gradebook.TOTAL)).isEqualTo("96");
        assertThat(records.get(1).get("Grading seconds")).isEqualTo("61");
        assertThat(records.get(2).get("Q4")).isEmpty();
        assertThat(records.get(2).get(Gradebook.TOTAL)).as("no invented 0").isEmpty();
        assertThat(records.get(2).get("Status")).isEqualTo("refused");
        assertThat(records.get(2).get("Reason")).isEqualTo("The zip holds \"../x.java\", so no.");
    }

    @Test
    @DisplayName("a name that starts like a formula is written so that a spreadsheet shows it instead of running it")
    void formulaInjection(@TempDir Path dir) throws Exception {
        Row row = ClassFixtures.row("=HYPERLINK(\"http://evil\")", "", Status.NO_JAVA, "-1+1", Optional.empty(), 0);
        Path file = dir.resolve(Gradebook.FILE);

        Gradebook.write(file, List.of(row), ClassFixtures.QUESTIONS);

        CSVRecord record = read(file).get(0);
        assertThat(record.get(Gradebook.STUDENT)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(record.get("Reason")).isEqualTo("'-1+1");
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
