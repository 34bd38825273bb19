package concurrency.grader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Points and time budgets per question and kind, read from {@code rubric.json}. */
public record Rubric(List<Question> questions) {
    public static final List<String> KINDS = List.of("correctness", "stress", "design");

    /** @param kinds the rubric item of each kind of check this question has, by kind */
    public record Question(String id, String title, LinkedHashMap<String, Item> kinds) {
        /** The shortest time budget of this question's kinds. */
        public Duration shortestTimeout() {
            return kinds.values().stream().map(Item::timeout).min(Duration::compareTo).orElse(Duration.ZERO);
        }

        public double maxScore() {
            return Points.sum(kinds.values().stream().mapToDouble(Item::points));
        }
    }

    /** What one kind of check of one question is worth, and how long its JVM may run. */
    public record Item(double points, int timeoutSeconds) {
        public Duration timeout() {
            return Duration.ofSeconds(timeoutSeconds);
        }
    }

    /** The same points with every time budget of {@code question} (all if null) cut to at most {@code seconds}. */
    public Rubric withBudgetCap(int seconds, String question) {
        return new Rubric(questions.stream().map(q -> {
            if (question != null && !question.equals(q.id())) {
                return q;
            }
            LinkedHashMap<String, Item> capped = new LinkedHashMap<>();
            q.kinds().forEach((kind, item) -> capped.put(kind, new Item(item.points(), Math.min(item.timeoutSeconds(), seconds))));
            return new Question(q.id(), q.title(), capped);
        }).toList());
    }

    public static Rubric bundled() {
        try (InputStream in = Rubric.class.getResourceAsStream("/rubric.json")) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Rubric read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    private static Rubric parse(byte[] json) throws IOException {
        Rubric rubric = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(json, Rubric.class);
        for (Question q : rubric.questions()) {
            q.kinds().forEach((kind, item) -> {
                if (!KINDS.contains(kind)) {
                    throw new IllegalArgumentException("question " + q.id() + " has unknown kind '" + kind + "'");
                }
                if (!Points.isWhole(item.points())) {
                    throw new IllegalArgumentException("question " + q.id() + ", kind " + kind + ": " + item.points()
                            + " points is not a whole number of hundredths");
                }
            });
        }
        return rubric;
    }

    public Map<String, Question> byId() {
        Map<String, Question> map = new LinkedHashMap<>();
        questions.forEach(q -> map.put(q.id(), q));
        return map;
    }
}
