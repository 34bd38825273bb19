package concurrency.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;

/**
 * The compiled classes of one question, as a graph: which class names which (types, calls, class
 * literals, and strings that spell a class name). A check that starts from some of them can reach
 * only what this graph leads to; {@link StressScope} and {@link TestScope} key cached results by it.
 */
final class QuestionClasses {
    private final Map<String, Set<String>> references;
    private final Map<String, Path> files;

    private QuestionClasses(Map<String, Set<String>> references, Map<String, Path> files) {
        this.references = references;
        this.files = files;
    }

    /** Reads every class file under {@code classes}. */
    static QuestionClasses read(Path classes) throws IOException {
        Map<String, Set<String>> references = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                byte[] code = Files.readAllBytes(file);
                String name = new ClassReader(code).getClassName();
                references.put(name, ClassReferences.namesIn(code));
                files.put(name, file);
            }
        }
        return new QuestionClasses(references, files);
    }

    /** Whether {@code internalName} is one of these classes. */
    boolean contains(String internalName) {
        return files.containsKey(internalName);
    }

    /** Every class file. */
    Set<Path> all() {
        return Set.copyOf(files.values());
    }

    /** The files of {@code roots} (those that are classes of the question) and of every class they lead to. */
    Set<Path> reachableFrom(Collection<String> roots) {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String root : roots) {
            if (contains(root) && reached.add(root)) {
                todo.push(root);
            }
        }
        while (!todo.isEmpty()) {
            for (String next : references.get(todo.pop())) {
                if (contains(next) && reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        Set<Path> reachable = new HashSet<>();
        reached.forEach(name -> reachable.add(files.get(name)));
        return reachable;
    }
}
