package concurrency.grader;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the grader adds when it runs as a step of a GitHub Actions job (the student handout's
 * {@code .github/workflows/grade.yml}): a Markdown table in the job summary (the file that
 * {@code GITHUB_STEP_SUMMARY} names) and, with {@code GITHUB_ACTIONS=true}, an error annotation on the
 * student's file and line for every violation of a design rule ({@code ::error file=...,line=...::}).
 * GitHub sets both variables; elsewhere nothing changes. Hidden checks are only counted, never named.
 */
final class GitHubActions {
    /** A design rule names where it was broken as {@code (NumberList.java:42)}. */
    private static final Pattern WHERE = Pattern.compile("\\(?([A-Za-z_$][\\w$]*\\.java):(\\d+)\\)?");
    private static final int NAMES_PER_CELL = 6;

    private final ScoreSheet sheet;
    private final Rubric rubric;
    private final Path submission;

    GitHubActions(ScoreSheet sheet, Rubric rubric, Path submission) {
        this.sheet = sheet;
        this.rubric = rubric;
        this.submission = submission.toAbsolutePath().normalize();
    }

    /** Writes the summary and the annotations that {@code env} asks for (GitHub's own variables). */
    void report(Map<String, String> env, PrintStream out) throws IOException {
        String summaryFile = env.get("GITHUB_STEP_SUMMARY");
        if (summaryFile != null && !summaryFile.isBlank()) {
            Files.writeString(Path.of(summaryFile), summary(), UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            Path workspace = Optional.ofNullable(env.get("GITHUB_WORKSPACE")).filter(w -> !w.isBlank())
                    .map(w -> Path.of(w).toAbsolutePath().normalize()).orElse(submission);
            annotations(workspace).forEach(out::println);
        }
    }

    /** The job summary: the score, then one row per question with its points and the checks that failed. */
    String summary() {
        StringBuilder md = new StringBuilder("## " + ConsoleReport.summary(sheet) + "\n\n");
        md.append("| Question | Points | What failed |\n|---|---:|---|\n");
        for (Rubric.Question question : rubric.questions()) {
            List<GradedTest> tests = sheet.tests().stream().filter(t -> t.question().equals(question.id())).toList();
            if (tests.isEmpty()) {
                continue;
            }
            List<String> failed = tests.stream().filter(t -> !t.passed() && !t.hidden()).map(GradedTest::name).toList();
            List<String> cell = new ArrayList<>(failed.stream().limit(NAMES_PER_CELL).map(GitHubActions::cell).toList());
            if (failed.size() > NAMES_PER_CELL) {
                cell.add("... and " + (failed.size() - NAMES_PER_CELL) + " more");
            }
            long hidden = tests.stream().filter(t -> !t.passed() && t.hidden()).count();
            if (hidden > 0) {
                cell.add(hidden + " hidden check" + (hidden == 1 ? "" : "s") + " (shown once grades are published)");
            }
            md.append("| ").append(cell(question.title())).append(" | ")
                    .append(Points.format(sum(tests, GradedTest::score))).append('/').append(Points.format(sum(tests, GradedTest::maxScore)))
                    .append(" | ").append(cell.isEmpty() ? "nothing" : String.join("<br>", cell)).append(" |\n");
        }
        for (ScoreSheet.Unseen unseen : sheet.unseen()) {
            md.append("\n").append(unseen.question().toUpperCase()).append(' ').append(unseen.kind()).append(": ").append(unseen.checks())
                    .append(" hidden check").append(unseen.checks() == 1 ? "" : "s").append(" worth ").append(Points.format(unseen.points()))
                    .append(" points, not in this preview: only your instructor's grader runs ")
                    .append(unseen.checks() == 1 ? "it" : "them").append(".\n");
        }
        md.append("\nThe feedback of every check is in the log of this step and in the results.json artifact.\n");
        return md.toString();
    }

    /** One {@code ::error} line per violation of a public design rule that names a file and line of the submission. */
    List<String> annotations(Path workspace) throws IOException {
        List<String> lines = new ArrayList<>();
        for (GradedTest test : sheet.tests()) {
            if (test.passed() || test.hidden() || !test.kind().equals("design")) {
                continue;
            }
            for (String violation : test.output().lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList()) {
                Matcher where = WHERE.matcher(violation);
                if (!where.find()) {
                    continue;
                }
                Optional<Path> file = source(test.question(), where.group(1));
                if (file.isEmpty()) {
                    continue;
                }
                Path shown = file.get().startsWith(workspace) ? workspace.relativize(file.get()) : file.get();
                lines.add("::error file=" + property(shown.toString().replace('\\', '/')) + ",line=" + where.group(2)
                        + ",title=" + property(test.name()) + "::" + data(violation));
            }
        }
        return lines;
    }

    /** The submission's source file of this name in the question's package folder ({@code .../concurrency/qN/}). */
    private Optional<Path> source(String question, String fileName) throws IOException {
        String folder = "/concurrency/" + question + "/";
        try (Stream<Path> files = Files.walk(submission)) {
            return files.filter(f -> f.getFileName().toString().equals(fileName))
                    .filter(f -> f.toString().replace('\\', '/').contains(folder))
                    .filter(f -> !submission.relativize(f).toString().replace('\\', '/').matches("(.*/)?(target|src/test|\\.git)/.*"))
                    .findFirst();
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static double sum(List<GradedTest> tests, java.util.function.ToDoubleFunction<GradedTest> field) {
        return Points.sum(tests.stream().mapToDouble(field));
    }

    /** Escapes the message of a workflow command. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property (file, title) of a workflow command. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
