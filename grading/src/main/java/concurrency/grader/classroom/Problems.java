package concurrency.grader.classroom;

import java.util.List;
import java.util.Locale;

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
        List<String> problems = results.tests().stream()
                .filter(t -> t.name().endsWith("| all checks") || t.output().startsWith("Did not finish."))
                .map(t -> t.question().toUpperCase(Locale.ROOT) + " " + t.kind() + ": " + firstSentence(t.output()))
                .distinct().toList();
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
        String sentence = stop > 0 ? first.substring(0, stop + 1) : first;
        return sentence.length() <= WORDS ? sentence : sentence.substring(0, WORDS - 3) + "...";
    }
}
