package concurrency.grader.design;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One design rule of a question, read from compiled classes (never loaded or run).
 *
 * @param id      stable identifier
 * @param name    what a student sees as the rule's title
 * @param because why the rule exists, in one sentence
 * @param rule    maps a directory of class files to violations, each naming class, method and line
 * @param hidden  whether students see the rule only once grades are published: a rule whose name or
 *                code would give away a written answer or the exact algorithm; the handout and its
 *                grade preview leave it out
 */
public record DesignCheck(String id, String name, String because, Function<Path, List<String>> rule, boolean hidden) {
    /** A public rule. */
    public DesignCheck(String id, String name, String because, Function<Path, List<String>> rule) {
        this(id, name, because, rule, false);
    }

    /** This rule, hidden from students until grades are published. */
    public DesignCheck asHidden() {
        return new DesignCheck(id, name, because, rule, true);
    }

    public List<String> violations(Path classes) {
        return rule.apply(classes);
    }
}
