package concurrency.grader.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reason column of a graded submission: what ended a kind of check abnormally (it did not compile, hung,
 * exited, hit a limit, used a forbidden API), in a few words per question, so that an instructor scanning the
 * gradebook sees the hostile and the broken at once. Ordinary failed checks are not reasons.
 */
final class Problems {
    private static final int SHOWN = 3;
    private static final int WORDS = 140;

    private Problems() {
    }

    static String of(GradescopeResult results) {
        Map<String, List<GradescopeResult.Test>> byQuestion = new LinkedHashMap<>();
        results.tests().stream().filter(t -> t.name().endsWith("| all checks") || t.output().startsWith("Did not finish."))
                .forEach(t -> byQuestion.computeIfAbsent(t.question(), q -> new ArrayList<>()).add(t));
        List<String> problems = byQuestion.entrySet().stream()
                .map(e -> e.getKey().toUpperCase(Locale.ROOT) + " " + String.join("/", e.getValue().stream().map(GradescopeResult.Test::kind)
                        .distinct().toList()) + ": " + firstSentence(e.getValue().get(0).output()))
                .toList();
        if (problems.isEmpty()) {
            return "";
        }
        String shown = String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())));
        return problems.size() > SHOWN ? shown + "; and " + (problems.size() - SHOWN) + " more" : shown;
    }

    private static String firstSentence(String output) {
        String text = output.replace("Did not finish. ", "").strip();
        String first = text.lines().findFirst().orElse("");
        int stop = first.indexOf(". ");
        String sentence = (stop > 0 ? first.substring(0, stop) : first).replaceAll("[.:]$", "");
        return sentence.length() <= WORDS ? sentence : sentence.substring(0, WORDS - 3) + "...";
    }
}
