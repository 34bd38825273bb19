package concurrency.grader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hidden checks that this grader does not carry: a grade preview (the student handout's grader)
 * has only the public tests and rules, yet must score them exactly as the instructor's grader does
 * and say how many points it cannot see. It reads, per question and kind, how many checks the
 * instructor's grader plans and how many of them are hidden ({@code bundle/preview.json}, written by
 * the handout generator). The instructor's grader has none: it runs every check itself.
 *
 * <p>The points of a kind are split among all its checks, public ones first ({@link Scoring}), so the
 * public shares are the same in both graders and the hidden ones are the last {@code hidden} shares.
 *
 * @param kinds by question, then by kind: the counts of the kinds that have hidden checks
 */
public record HiddenChecks(Map<String, Map<String, Count>> kinds) {
    static final String RESOURCE = "/bundle/preview.json";
    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @param checks every check of the kind in the instructor's grader; @param hidden how many of them are hidden */
    public record Count(int checks, int hidden) {
        public Count {
            if (hidden < 0 || checks < hidden) {
                throw new IllegalArgumentException("a kind with " + checks + " checks cannot have " + hidden + " hidden");
            }
        }
    }

    /** The preview file as it is bundled. */
    public record PreviewFile(HiddenChecks hiddenChecks) {
    }

    public static HiddenChecks none() {
        return new HiddenChecks(Map.of());
    }

    /** What this grader's bundle says it lacks: none for the instructor's grader, which has no preview.json. */
    static HiddenChecks bundled() {
        try (InputStream in = HiddenChecks.class.getResourceAsStream(RESOURCE)) {
            return in == null ? none() : JSON.readValue(in, PreviewFile.class).hiddenChecks();
        } catch (IOException e) {
            throw new UncheckedIOException("the grader's " + RESOURCE + " is damaged: generate the handout again", e);
        }
    }

    /** Whether this grader is a preview, short of hidden checks. */
    boolean any() {
        return kinds.values().stream().flatMap(k -> k.values().stream()).anyMatch(c -> c.hidden() > 0);
    }

    /** The hidden checks of one kind that are not here, if any. */
    public Optional<Count> of(String question, String kind) {
        return Optional.ofNullable(kinds.get(question)).map(k -> k.get(kind)).filter(c -> c.hidden() > 0);
    }

    /** The points of the hidden checks of one kind that are not here: the last shares of the kind's split. */
    public double points(String question, String kind, Rubric.Item item) {
        return of(question, kind).map(count -> {
            List<Double> shares = Points.split(item.points(), count.checks());
            return Points.sum(shares.subList(count.checks() - count.hidden(), count.checks()).stream().mapToDouble(Double::doubleValue));
        }).orElse(0.0);
    }
}
