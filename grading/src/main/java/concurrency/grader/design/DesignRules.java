package concurrency.grader.design;

import concurrency.q2.ProcessPoolDesign;
import concurrency.q3.SpawnerDesign;
import concurrency.q4.NumberListDesign;
import concurrency.q5.SafeSharingDesign;
import concurrency.q6.SafeExecutionDesign;
import concurrency.q7.FactorialsDesign;
import concurrency.q8.SquareTimingDesign;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The design rules of every question that has some: the public ones, then the hidden ones. A hidden rule
 * (one whose name or code would give away a written answer or the exact algorithm) lives in a class of
 * its own, {@code concurrency.qN.HiddenDesign} with a static {@code checks()}, so that the student
 * handout's grade preview can leave the whole class out; without it, the question has no hidden rule.
 */
public final class DesignRules {
    /** The simple name of the class that holds a question's hidden rules. */
    public static final String HIDDEN_CLASS = "HiddenDesign";

    private DesignRules() {
    }

    public static List<DesignCheck> forQuestion(String question) {
        List<DesignCheck> rules = new ArrayList<>(switch (question) {
            case "q2" -> ProcessPoolDesign.checks();
            case "q3" -> SpawnerDesign.checks();
            case "q4" -> NumberListDesign.checks();
            case "q5" -> SafeSharingDesign.checks();
            case "q6" -> SafeExecutionDesign.checks();
            case "q7" -> FactorialsDesign.checks();
            case "q8" -> SquareTimingDesign.checks();
            default -> List.<DesignCheck>of();
        });
        hidden(question).forEach(rule -> rules.add(rule.asHidden()));
        return rules;
    }

    /** The hidden rules of a question, none where its HiddenDesign class is absent (as in the grade preview). */
    @SuppressWarnings("unchecked")
    static List<DesignCheck> hidden(String question) {
        Class<?> holder;
        try {
            holder = Class.forName("concurrency." + question + "." + HIDDEN_CLASS, true, DesignRules.class.getClassLoader());
        } catch (ClassNotFoundException absent) {
            return List.of();
        }
        try {
            return (List<DesignCheck>) holder.getMethod("checks").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | ClassCastException e) {
            throw new IllegalStateException(holder.getName() + " must have a public static List<DesignCheck> checks(): " + e, e);
        }
    }
}
