package concurrency.grader.classroom;

import concurrency.grader.Points;
import concurrency.grader.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The numbers of the class report, worked out once from every row and its results.json. */
final class ClassStatistics {
    static final int TOP = 15;
    private static final int EXAMPLE_CHARS = 400;
    private static final int BINS = 10;
    private static final List<String> NOT_COMPARED = List.of("template", "not compiled");

    /** One submission: its row, and its results when it was graded. */
    record Graded(Row row, Optional<GradescopeResult> results) {
    }

    record Summary(int submissions, int students, long scored, String mean, String median, String max, String slowest) {
    }

    record StatusCount(String status, long count, List<String> names) {
    }

    /** Points in the question's own scale; the chart shows them as a share of its maximum. */
    record QuestionStats(String id, String title, String max, long graded, String mean, String spread, String min, String median,
                         String best, long full, long zero) {
    }

    record FailedCheck(String name, String question, String kind, long students, String example) {
    }

    record RaceCaught(String name, String question, long students, List<String> names, String example) {
    }

    /** Submissions whose compiled classes are byte for byte the same: for the whole submission, or one question. */
    record Identical(String question, List<String> names) {
    }

    record Slow(String name, String seconds, String status) {
    }

    record Line(String name, String email, String submission, List<String> points, String total, String max, String status,
                String reason, String seconds) {
    }

    private final List<Graded> graded;
    private final Rubric rubric;
    private final List<String> questions;
    private final List<Graded> scored;

    ClassStatistics(List<Graded> graded, Rubric rubric, List<String> questions) {
        this.graded = List.copyOf(graded);
        this.rubric = rubric;
        this.questions = List.copyOf(questions);
        this.scored = graded.stream().filter(g -> g.row().status().scored()).toList();
    }

    Summary summary() {
        List<Double> totals = totals();
        String slowest = graded.stream().map(g -> g.row().seconds()).max(Double::compare).map(ClassStatistics::seconds).orElse("0");
        return new Summary(graded.size(), graded.stream().mapToInt(g -> g.row().people().size()).sum(), scored.size(),
                one(mean(totals)), one(quantile(totals, 0.5)), Points.format(max()), slowest);
    }

    List<StatusCount> statuses() {
        List<StatusCount> counts = new ArrayList<>();
        for (Status status : Status.values()) {
            List<String> names = graded.stream().filter(g -> g.row().status() == status).map(g -> g.row().displayName()).toList();
            if (!names.isEmpty()) {
                counts.add(new StatusCount(status.label(), names.size(), status == Status.GRADED ? List.of() : names));
            }
        }
        return counts;
    }

    List<QuestionStats> questions() {
        List<QuestionStats> stats = new ArrayList<>();
        for (String id : questions) {
            Rubric.Question question = rubric.byId().get(id);
            List<Double> points = pointsOf(id);
            double max = question.maxScore();
            stats.add(new QuestionStats(id.toUpperCase(Locale.ROOT), question.title(), Points.format(max), points.size(),
                    one(mean(points)), one(spread(points)), one(points.stream().min(Double::compare).orElse(0.0)),
                    one(quantile(points, 0.5)), one(points.stream().max(Double::compare).orElse(0.0)),
                    points.stream().filter(p -> p >= max).count(), points.stream().filter(p -> p == 0).count()));
        }
        return stats;
    }

    /**
     * The checks that failed most often; race tests that never ran (their question failed first) and the questions of
     * submissions with nothing to grade are left out.
     */
    List<FailedCheck> failedChecks() {
        Map<String, List<GradescopeResult.Test>> byName = failedTests(t -> !saysLine(t, "Not run:")
                && !t.kind().equals(UngradedResults.KIND));
        return byName.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<GradescopeResult.Test>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(e -> {
                    GradescopeResult.Test first = e.getValue().get(0);
                    return new FailedCheck(e.getKey(), first.question().toUpperCase(Locale.ROOT), first.kind(), e.getValue().size(),
                            example(e.getValue()));
                }).toList();
    }

    /** Race tests that failed on what jcstress saw (forbidden outcomes, an exception, a hang), and in whom. */
    List<RaceCaught> races() {
        List<RaceCaught> races = new ArrayList<>();
        Map<String, List<String>> names = new TreeMap<>();
        Map<String, List<GradescopeResult.Test>> byName = new TreeMap<>();
        for (Graded g : graded) {
            g.results().ifPresent(r -> r.tests().stream().filter(t -> t.kind().equals("stress") && !t.passed()
                    && saysLine(t, "Failed:")).forEach(t -> {
                        byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t);
                        names.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(g.row().displayName());
                    }));
        }
        byName.forEach((name, tests) -> races.add(new RaceCaught(name, tests.get(0).question().toUpperCase(Locale.ROOT),
                tests.size(), names.get(name), example(tests))));
        races.sort(Comparator.comparing((RaceCaught r) -> -r.students()).thenComparing(RaceCaught::name));
        return races;
    }

    /** Whole submissions whose every compiled question is byte for byte another's (the untouched template aside). */
    List<Identical> identical() {
        Map<Map<String, String>, List<String>> groups = new LinkedHashMap<>();
        for (Graded g : graded) {
            Map<String, String> compiled = new TreeMap<>(g.row().classes());
            if (compiled.values().stream().anyMatch(d -> !NOT_COMPARED.contains(d))) {
                groups.computeIfAbsent(compiled, k -> new ArrayList<>()).add(g.row().displayName());
            }
        }
        return groups.values().stream().filter(names -> names.size() > 1).map(names -> new Identical("all", names)).toList();
    }

    /** Per question: submissions whose classes of that question are the same (not counting the untouched template). */
    List<Identical> identicalQuestions() {
        List<Identical> found = new ArrayList<>();
        for (String id : questions) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (Graded g : graded) {
                String digest = g.row().classes().get(id);
                if (digest != null && !NOT_COMPARED.contains(digest)) {
                    groups.computeIfAbsent(digest, k -> new ArrayList<>()).add(g.row().displayName());
                }
            }
            groups.values().stream().filter(names -> names.size() > 1)
                    .forEach(names -> found.add(new Identical(id.toUpperCase(Locale.ROOT), names)));
        }
        return found;
    }

    List<Slow> slowest() {
        return graded.stream().sorted(Comparator.comparing((Graded g) -> -g.row().seconds())).limit(10)
                .map(g -> new Slow(g.row().displayName(), seconds(g.row().seconds()), g.row().status().label())).toList();
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (Graded g : graded) {
            Row row = g.row();
            List<String> points = questions.stream().map(q -> row.points().containsKey(q) ? Points.format(row.points().get(q)) : "")
                    .toList();
            lines.add(new Line(row.displayName(), String.join(", ", row.people().stream().map(Person::email)
                    .filter(e -> !e.isEmpty()).toList()), row.submission(), points,
                    row.total() == null ? "" : Points.format(row.total()), Points.format(row.max()), row.status().label(),
                    row.reason(), seconds(row.seconds())));
        }
        return lines;
    }

    /** Totals in ten bins of a tenth of the maximum each; the maximum itself falls into the last. */
    Map<String, Object> histogram() {
        double max = max();
        List<String> labels = new ArrayList<>();
        long[] counts = new long[BINS];
        for (int i = 0; i < BINS; i++) {
            labels.add(Points.format(max * i / BINS) + "–" + Points.format(max * (i + 1) / BINS));
        }
        for (double total : totals()) {
            int bin = max <= 0 ? 0 : (int) Math.min(BINS - 1, Math.floor(total / max * BINS));
            counts[Math.max(0, bin)]++;
        }
        return Map.of("labels", labels, "counts", counts);
    }

    /** Per question: the five-number summary and the mean, as percent of the question's maximum. */
    Map<String, Object> questionChart() {
        List<String> ids = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (String id : questions) {
            double max = rubric.byId().get(id).maxScore();
            List<Double> percent = pointsOf(id).stream().map(p -> max == 0 ? 0 : 100 * p / max).toList();
            ids.add(id.toUpperCase(Locale.ROOT));
            boxes.add(new double[] {quantile(percent, 0), quantile(percent, 0.25), quantile(percent, 0.5), quantile(percent, 0.75),
                    quantile(percent, 1)});
            means.add(round(mean(percent)));
        }
        return Map.of("ids", ids, "boxes", boxes, "means", means);
    }

    Map<String, Object> raceChart() {
        List<RaceCaught> races = races();
        return Map.of("names", races.stream().map(r -> shortName(r.name())).toList(),
                "counts", races.stream().map(RaceCaught::students).toList());
    }

    Map<String, Object> failedChart() {
        List<FailedCheck> failed = failedChecks().stream().limit(10).toList();
        return Map.of("names", failed.stream().map(f -> shortName(f.name())).toList(),
                "counts", failed.stream().map(FailedCheck::students).toList());
    }

    private Map<String, List<GradescopeResult.Test>> failedTests(Predicate<GradescopeResult.Test> counted) {
        Map<String, List<GradescopeResult.Test>> byName = new TreeMap<>();
        for (Graded g : graded) {
            g.results().ifPresent(r -> r.tests().stream().filter(t -> !t.passed()).filter(counted)
                    .forEach(t -> byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t)));
        }
        return byName;
    }

    /** A race test's verdict is a line of its output, after the line that says what the test does. */
    private static boolean saysLine(GradescopeResult.Test test, String start) {
        return test.output().lines().anyMatch(line -> line.startsWith(start));
    }

    private List<Double> totals() {
        return scored.stream().map(g -> g.row().total()).filter(java.util.Objects::nonNull).toList();
    }

    private List<Double> pointsOf(String question) {
        return scored.stream().map(g -> g.row().points().get(question)).filter(java.util.Objects::nonNull).toList();
    }

    private double max() {
        return Points.sum(questions.stream().mapToDouble(q -> rubric.byId().get(q).maxScore()));
    }

    private static String example(List<GradescopeResult.Test> tests) {
        String output = tests.stream().map(GradescopeResult.Test::output).filter(o -> !o.isBlank()).findFirst().orElse("");
        return output.length() <= EXAMPLE_CHARS ? output : output.substring(0, EXAMPLE_CHARS) + " ...";
    }

    /** "Q4 stress | NumberListAddRemove" reads "Q4 NumberListAddRemove" under a chart's bar. */
    private static String shortName(String name) {
        int bar = name.indexOf(" | ");
        String question = name.split(" ", 2)[0];
        String check = bar < 0 ? name : name.substring(bar + 3);
        String label = question + " " + check;
        return label.length() <= 60 ? label : label.substring(0, 57) + "...";
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The sample standard deviation (0 for fewer than two values). */
    static double spread(List<Double> values) {
        if (values.size() < 2) {
            return 0;
        }
        double mean = mean(values);
        return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1));
    }

    /** Linear interpolation between closest ranks; 0 for no values. */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return round(sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below)));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.0f", seconds);
    }
}
