package concurrency.handout;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The written answers of the reference ({@code solutions/.../qN/package-info.java}): every section of a
 * question's package Javadoc but the one that says what is graded, which the template shares by design.
 * The answers sit under headings such as "The written answer", "Answer to the question (reference)" or
 * "What the table shows (reference)"; a question without a written part has none.
 */
final class WrittenAnswers {
    private static final Pattern HEADING = Pattern.compile("<h3>(.*?)</h3>", Pattern.DOTALL);

    /**
     * One section of a written answer. {@code statement} is the question as the same file states it (the
     * text before its first heading), which the template states too: answer text that repeats the question
     * is not the answer.
     */
    record Answer(String question, String heading, String text, String statement) {
    }

    private WrittenAnswers() {
    }

    static List<Answer> in(Path solutionSources) throws IOException {
        List<Answer> answers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(solutionSources)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("package-info.java")).sorted().toList()) {
                String question = file.getParent().getFileName().toString();
                answers.addAll(of(question, Files.readString(file, UTF_8)));
            }
        }
        return answers;
    }

    static List<Answer> of(String question, String packageInfo) {
        List<Answer> answers = new ArrayList<>();
        Matcher heading = HEADING.matcher(packageInfo);
        List<int[]> bounds = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        while (heading.find()) {
            bounds.add(new int[] {heading.start(), heading.end()});
            titles.add(heading.group(1).strip());
        }
        String statement = bounds.isEmpty() ? "" : packageInfo.substring(0, bounds.get(0)[0]);
        for (int i = 0; i < bounds.size(); i++) {
            if (titles.get(i).toLowerCase(Locale.ROOT).startsWith("what is graded")) {
                continue;
            }
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : javadocEnd(packageInfo);
            answers.add(new Answer(question, titles.get(i), packageInfo.substring(bounds.get(i)[1], end), statement));
        }
        return answers;
    }

    private static int javadocEnd(String packageInfo) {
        int end = packageInfo.indexOf("*/");
        return end < 0 ? packageInfo.length() : end;
    }
}
