package concurrency.grader.design;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.Opcodes;

/**
 * Where a question's code starts to run: methods of the public API that the spec gives for the
 * question (what the tests, the stress tests and a user call), named by class and method. The
 * roots of {@link ReachableCode}; compose them with {@link #and}.
 *
 * @param description how a student reads them, e.g. "Factorials.compute"
 * @param roots       one entry per class: its internal name and the methods it contributes
 */
public record EntryPoints(String description, List<Root> roots) {

    /**
     * Methods of one class: those called {@code names}; if {@code names} is empty, its public
     * constructors and methods and its static initializer, or every method if {@code everyMethod}.
     */
    public record Root(String owner, List<String> names, boolean everyMethod) {
        boolean selects(CallGraph.Method method) {
            String name = method.method().name;
            boolean isPublic = (method.method().access & Opcodes.ACC_PUBLIC) != 0;
            if (!names.isEmpty()) {
                return names.contains(name);
            }
            return everyMethod || isPublic || name.equals("<clinit>");
        }
    }

    /** The public constructors and methods of {@code owner} (an internal name such as {@code concurrency/q4/NumberList}). */
    public static EntryPoints publicApiOf(String owner) {
        return new EntryPoints(CallGraph.simpleName(owner) + "'s public constructors and methods", List.of(new Root(owner, List.of(), false)));
    }

    /**
     * Every method of {@code owner}, private ones included: for a rule that forbids something in a
     * class, where even code that nothing calls yet should not do it.
     */
    public static EntryPoints everyMethodOf(String owner) {
        return new EntryPoints(CallGraph.simpleName(owner) + "'s code", List.of(new Root(owner, List.of(), true)));
    }

    /** The methods called {@code names} (any parameters) of {@code owner}. */
    public static EntryPoints methods(String owner, String... names) {
        String simple = CallGraph.simpleName(owner);
        List<String> described = Stream.of(names).map(n -> simple + "." + n).toList();
        String description = described.size() == 1 ? described.get(0)
                : String.join(", ", described.subList(0, described.size() - 1)) + " and " + described.get(described.size() - 1);
        return new EntryPoints(description, List.of(new Root(owner, List.of(names), false)));
    }

    public EntryPoints and(EntryPoints other) {
        List<Root> both = new ArrayList<>(roots);
        both.addAll(other.roots);
        return new EntryPoints(description + " and " + other.description, List.copyOf(both));
    }

    /** The methods of {@code graph} that these entry points select. */
    public List<CallGraph.Method> in(CallGraph graph) {
        return roots.stream().flatMap(root -> graph.methodsOf(root.owner()::equals).stream().filter(root::selects)).toList();
    }

    /** One sentence per class or named method that {@code graph} lacks. */
    public List<String> missingFrom(CallGraph graph) {
        List<String> missing = new ArrayList<>();
        for (Root root : roots) {
            String className = root.owner().replace('/', '.');
            if (!graph.classes().containsKey(root.owner())) {
                missing.add("There is no class " + className + ".");
                continue;
            }
            for (String name : root.names()) {
                if (graph.methodsNamed(root.owner(), name).isEmpty()) {
                    missing.add("There is no method " + CallGraph.simpleName(root.owner()) + "." + name + " in " + className + ".");
                }
            }
        }
        return missing;
    }
}
