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
 */
public record DesignCheck(String id, String name, String because, Function<Path, List<String>> rule) {
    public List<String> violations(Path classes) {
        return rule.apply(classes);
    }
}
