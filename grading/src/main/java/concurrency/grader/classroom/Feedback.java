package concurrency.grader.classroom;

import concurrency.grader.Points;
import concurrency.grader.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * feedback.md, what a student reads: points per question, every public check that failed with the grader's own
 * explanation, and the command that reproduces it in the handout. A hidden check is only counted, never named
 * (its name could give an answer away); the template is {@code classroom/feedback.md.ftl}.
 */
final class Feedback {
    /** Lines of one check's output shown; the rest is in results.json. */
    static final int OUTPUT_LINES = 25;
    /** Failed checks shown per kind of a question; the rest are counted. */
    static final int FAILURES_SHOWN = 6;
    static final String PREVIEW = "java -jar tools/grade-preview.jar . --no-sandbox";
    private static final Map<String, String> KIND_NAMES = Map.of("correctness", "Correctness tests",
            "stress", "Race tests (jcstress)", "design", "Design rules");

    /** @param questions every graded question (the table); only those below full marks get a section */
    record Model(String name, String status, boolean scored, boolean graded, String total, String max, String reason,
                 List<Question> questions, String preview) {
    }

    record Question(String id, String title, String points, String max, boolean full, List<Kind> kinds) {
    }

    /** @param command the handout's command that reruns this kind of check on the student's machine */
    record Kind(String label, String points, String max, long passed, long checks, List<Failure> failures, long moreFailures,
                long hiddenFailed, String hiddenPoints, String command) {
    }

    /** @param fence a code fence longer than any run of backticks in the output */
    record Failure(String name, String points, String max, String output, String fence, boolean advice) {
    }

    private Feedback() {
    }

    static String markdown(Row row, Optional<GradescopeResult> results, Rubric rubric, List<String> questions) {
        return Templates.render("feedback.md.ftl", model(row, results, rubric, questions));
    }

    static Model model(Row row, Optional<GradescopeResult> results, Rubric rubric, List<String> questions) {
        List<Question> shown = new ArrayList<>();
        if (results.isPresent()) {
            for (String id : questions) {
                if (results.get().graded(id)) {
                    shown.add(question(rubric.byId().get(id), results.get()));
                }
            }
        }
        return new Model(row.displayName(), row.status().label(), row.status().scored(), row.status() == Status.GRADED,
                row.total() == null ? "" : Points.format(row.total()), Points.format(row.max()), row.reason(), shown, PREVIEW);
    }

    private static Question question(Rubric.Question question, GradescopeResult results) {
        String id = question.id();
        List<Kind> kinds = new ArrayList<>();
        for (String kind : question.kinds().keySet()) {
            List<GradescopeResult.Test> tests = results.tests().stream()
                    .filter(t -> t.question().equals(id) && t.kind().equals(kind)).toList();
            if (tests.isEmpty()) {
                continue;
            }
            List<Failure> failures = tests.stream().filter(t -> !t.passed() && !t.hidden())
                    .map(t -> new Failure(checkName(t.name()), Points.format(t.score()), Points.format(t.maxScore()),
                            shorten(t.output()), fence(t.output()), t.maxScore() == 0)).toList();
            List<GradescopeResult.Test> hiddenFailed = tests.stream().filter(t -> !t.passed() && t.hidden()).toList();
            kinds.add(new Kind(KIND_NAMES.getOrDefault(kind, kind), sum(tests, true), sum(tests, false),
                    tests.stream().filter(GradescopeResult.Test::passed).count(), tests.size(),
                    failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())), Math.max(0, failures.size() - FAILURES_SHOWN),
                    hiddenFailed.size(),
                    sum(hiddenFailed, false), command(id, kind)));
        }
        double points = results.points(id);
        double max = results.maxPoints(id);
        return new Question(id.toUpperCase(java.util.Locale.ROOT), title(question), Points.format(points), Points.format(max),
                points == max, kinds);
    }

    /** The handout's command that reruns one kind of check of one question (grading/handout/README.md). */
    static String command(String question, String kind) {
        return switch (kind) {
            case "correctness" -> "mvn test -Dgroups=" + question;
            case "stress" -> "mvn test -Pstress -Dgroups=" + question;
            default -> PREVIEW + " --questions " + question;
        };
    }

    /** "Q4 - One thread adds, ..." without the "Q4 - " the table already shows. */
    private static String title(Rubric.Question question) {
        return question.title().replaceFirst("^Q\\d+\\s*-\\s*", "");
    }

    /** "Q4 correctness | the check" reads "the check" under its question and kind. */
    private static String checkName(String name) {
        int bar = name.indexOf(" | ");
        return bar < 0 ? name : name.substring(bar + 3);
    }

    private static String sum(List<GradescopeResult.Test> tests, boolean scored) {
        return Points.format(Points.sum(tests.stream().mapToDouble(t -> scored ? t.score() : t.maxScore())));
    }

    private static String shorten(String output) {
        List<String> lines = (output == null ? "" : output).lines().toList();
        if (lines.size() <= OUTPUT_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, OUTPUT_LINES)) + "\n... (" + (lines.size() - OUTPUT_LINES)
                + " more lines in results.json)";
    }

    static String fence(String text) {
        int longest = 0;
        int run = 0;
        for (char c : (text == null ? "" : text).toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
