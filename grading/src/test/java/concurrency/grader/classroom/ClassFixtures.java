package concurrency.grader.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows and results of a small made-up class, for the tests of what a class's grading writes. */
final class ClassFixtures {
    static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8");
    /** A race test's output as the grader writes it: what the test does, then the verdict. */
    static final String RACE = "One thread adds while another removes.\nFailed: forbidden outcomes were seen.\n"
            + "- the list lost a number (result \"1, 0\" in 1 200 of 6.1 M trials)";

    private ClassFixtures() {
    }

    static GradescopeResult.Test passed(String question, String kind, String name, double points) {
        return new GradescopeResult.Test(question.toUpperCase() + " " + kind + " | " + name, points, points, "passed", "", List.of(question, kind), "visible");
    }

    static GradescopeResult.Test failed(String question, String kind, String name, double max, String output) {
        return new GradescopeResult.Test(question.toUpperCase() + " " + kind + " | " + name, 0, max, "failed", output, List.of(question, kind), "visible");
    }

    static GradescopeResult.Test hiddenFailed(String question, String kind, String name, double max) {
        return new GradescopeResult.Test(question.toUpperCase() + " " + kind + " | " + name, 0, max, "failed", "the secret answer is X",
                List.of(question, kind), "after_published");
    }

    /** Full marks on every question but those {@code lost} names, where one check of that kind fails. */
    static GradescopeResult results(Map<String, GradescopeResult.Test> lost, Map<String, String> classes) {
        double[] max = {10, 15, 10, 20, 15, 10, 10, 10};
        List<GradescopeResult.Test> tests = new ArrayList<>();
        double score = 0;
        for (int i = 0; i < QUESTIONS.size(); i++) {
            String q = QUESTIONS.get(i);
            if (lost.containsKey(q)) {
                GradescopeResult.Test failed = lost.get(q);
                tests.add(passed(q, "correctness", "the rest", max[i] - failed.maxScore()));
                tests.add(failed);
                score += max[i] - failed.maxScore();
            } else {
                tests.add(passed(q, "correctness", "everything", max[i]));
                score += max[i];
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("classes", classes);
        return new GradescopeResult(score, 100, "Score", extra, tests);
    }

    static Row row(String name, String email, Status status, String reason, Optional<GradescopeResult> results, double seconds) {
        Map<String, Double> points = new LinkedHashMap<>();
        results.ifPresent(r -> QUESTIONS.forEach(q -> points.put(q, r.points(q))));
        return new Row(name, name, List.of(new Person(name, email)), status, reason, points, results.map(GradescopeResult::score).orElse(null),
                100, seconds, "print-" + name, results.map(GradescopeResult::classes).orElse(Map.of()));
    }

    /** Six submissions: full marks twice (identical classes), a race in Q4, a hidden failure in Q1, a refused zip, a hostile name. */
    static List<ClassStatistics.Graded> smallClass() {
        Map<String, String> reference = new LinkedHashMap<>();
        QUESTIONS.forEach(q -> reference.put(q, "digest-" + q));
        Map<String, String> racy = new LinkedHashMap<>(reference);
        racy.put("q4", "digest-q4-racy");
        Map<String, String> templateQ1 = new LinkedHashMap<>(reference);
        templateQ1.put("q1", "template");
        GradescopeResult full = results(Map.of(), reference);
        GradescopeResult race = results(Map.of("q4", failed("q4", "stress", "NumberListAddRemove", 4, RACE)), racy);
        GradescopeResult hidden = results(Map.of("q1", hiddenFailed("q1", "correctness", "recommend: PROCESSES exactly when isolation", 0.83)),
                templateQ1);
        GradescopeResult hostileNamed = results(Map.of("q7", failed("q7", "correctness", "compute </script><b>bold</b>",
                3, "expected <script>alert('x')</script> and </script><img src=x onerror=alert(1)>")), Map.of("q7", "digest-other"));
        List<ClassStatistics.Graded> graded = new ArrayList<>();
        graded.add(new ClassStatistics.Graded(row("alice", "alice@example.edu", Status.GRADED, "", Optional.of(full), 80), Optional.of(full)));
        graded.add(new ClassStatistics.Graded(row("bob", "", Status.GRADED, "", Optional.of(full), 20), Optional.of(full)));
        graded.add(new ClassStatistics.Graded(row("carol", "", Status.GRADED, "", Optional.of(race), 95), Optional.of(race)));
        graded.add(new ClassStatistics.Graded(row("dave", "", Status.GRADED, "", Optional.of(hidden), 30), Optional.of(hidden)));
        graded.add(new ClassStatistics.Graded(row("erin.zip", "", Status.REFUSED, "The zip holds an entry named '../x.java'", Optional.empty(), 0),
                Optional.empty()));
        graded.add(new ClassStatistics.Graded(row("<img src=x onerror=alert(1)>", "", Status.GRADED, "", Optional.of(hostileNamed), 12),
                Optional.of(hostileNamed)));
        return graded;
    }
}
