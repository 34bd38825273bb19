package concurrency.grader.design;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The code that a question's {@link EntryPoints} can run, by the {@link CallGraph}: the entry
 * points, what they call, the lambdas they create, the callbacks of the objects they create. A
 * rule that asks for something ("the executor is shut down in a finally", "the lock is taken")
 * looks for it here, so that a method nobody calls cannot satisfy it; a rule that forbids
 * something keeps looking everywhere.
 */
public final class ReachableCode {
    private final CallGraph graph;
    private final EntryPoints entries;
    private final Set<CallGraph.Method> methods;

    private ReachableCode(CallGraph graph, EntryPoints entries) {
        this.graph = graph;
        this.entries = entries;
        this.methods = graph.reachableFrom(entries.in(graph));
    }

    public static ReachableCode of(Path classes, EntryPoints entries) {
        return of(ClassFiles.read(classes), entries);
    }

    public static ReachableCode of(Map<String, ClassNode> classes, EntryPoints entries) {
        return new ReachableCode(new CallGraph(classes), entries);
    }

    /** How a student reads the entry points, e.g. "Factorials.compute". */
    public String entryPoints() {
        return entries.description();
    }

    /** One sentence per entry point that the classes lack; empty if all are there. */
    public List<String> missingEntryPoints() {
        return entries.missingFrom(graph);
    }

    public Set<CallGraph.Method> methods() {
        return methods;
    }

    public boolean contains(ClassNode owner, MethodNode method) {
        return methods.contains(new CallGraph.Method(owner, method));
    }

    /** Whether ArchUnit's {@code unit} (a method, constructor or static initializer) is reachable. */
    public boolean contains(JavaCodeUnit unit) {
        String owner = unit.getOwner().getName().replace('.', '/');
        String parameters = unit.getRawParameterTypes().stream().map(ReachableCode::descriptor).collect(Collectors.joining("", "(", ")"));
        return methods.stream().anyMatch(m -> m.owner().name.equals(owner) && m.method().name.equals(unit.getName())
                && m.method().desc.startsWith(parameters));
    }

    /** The first reachable call matching {@code call}, described with class, method and line. */
    public Optional<String> firstCall(Predicate<MethodInsnNode> call) {
        return methods.stream().map(m -> CallGraph.firstCall(m, call)).flatMap(Optional::stream).findFirst();
    }

    /**
     * A sentence that points at code nobody calls which would have satisfied the rule, if there is
     * some in the classes of the entry points (nested classes included): {@code found} describes
     * what a method does (class, method and line), or is empty. Helps the student who wrote a
     * helper and forgot to call it.
     */
    public String unreachedHint(Function<CallGraph.Method, Optional<String>> found) {
        Predicate<String> entryClass = name -> entries.roots().stream()
                .anyMatch(root -> name.equals(root.owner()) || name.startsWith(root.owner() + "$"));
        return graph.methodsOf(entryClass).stream().filter(m -> !methods.contains(m)).map(found).flatMap(Optional::stream)
                .findFirst().map(what -> " " + what + ", but no call from " + entries.description() + " leads there.")
                .orElse("");
    }

    /** {@link #unreachedHint} for a call. */
    public String unreachedCallHint(Predicate<MethodInsnNode> call) {
        return unreachedHint(m -> CallGraph.firstCall(m, call));
    }

    /** The type descriptor of an ArchUnit class: I, [J, Ljava/lang/String;. */
    private static String descriptor(JavaClass type) {
        if (type.isArray()) {
            return "[" + descriptor(type.getComponentType());
        }
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "boolean" -> "Z";
                case "byte" -> "B";
                case "char" -> "C";
                case "short" -> "S";
                case "int" -> "I";
                case "long" -> "J";
                case "float" -> "F";
                case "double" -> "D";
                default -> "V";
            };
        }
        return "L" + type.getName().replace('.', '/') + ";";
    }
}
