package concurrency.handout;

import concurrency.grader.ClassReferences;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which classes of the tests a student gets: every public test class (not marked
 * {@code concurrency.testing.Hidden}) and whatever it needs, found by following the classes each
 * class file names; hidden test classes and helpers that only they use stay behind. Read from the
 * compiled tests (the grader's {@code bundle/tests.jar}), so the handout's sources and the preview's
 * tests are the same classes.
 */
final class TestSelection {
    static final String HIDDEN = "Lconcurrency/testing/Hidden;";
    /** The annotations that make a method one check of the grader (its JUnit runner scores each such method once). */
    private static final Set<String> TEST_METHODS = Set.of("Lorg/junit/jupiter/api/Test;",
            "Lorg/junit/jupiter/params/ParameterizedTest;", "Lorg/junit/jupiter/api/RepeatedTest;",
            "Lorg/junit/jupiter/api/TestFactory;", "Lorg/junit/jupiter/api/TestTemplate;");

    private final Map<String, ClassNode> classes = new TreeMap<>();
    private final Set<String> hidden = new TreeSet<>();
    private final Set<String> selected;

    /** @param classFiles the compiled tests by entry name ({@code concurrency/q1/WorkloadsTest.class}) */
    TestSelection(Map<String, byte[]> classFiles) {
        classFiles.forEach((name, code) -> {
            if (name.endsWith(".class")) {
                ClassNode node = new ClassNode();
                new ClassReader(code).accept(node, ClassReader.SKIP_CODE);
                classes.put(node.name, node);
            }
        });
        for (String name : classes.keySet()) {
            if (annotated(classes.get(name), HIDDEN)) {
                if (!name.equals(topLevel(name))) {
                    throw new IllegalStateException(name + " is marked @Hidden but is nested: a hidden test must be a top-level "
                            + "class of its own (named ...HiddenTest), so that the handout can leave its whole source file out");
                }
                classes.keySet().stream().filter(n -> topLevel(n).equals(name)).forEach(hidden::add);
            }
        }
        selected = closure(classFiles);
    }

    /** The classes a student gets: the public test classes, what they need, and every class of the sources that hold them. */
    Set<String> selected() {
        return selected;
    }

    Set<String> hidden() {
        return hidden;
    }

    /** The source file of a class, relative to the source root ({@code concurrency/q1/WorkloadsTest.java}). */
    String sourceOf(String className) {
        return sourceOf(classes.get(className));
    }

    /** The source file of a compiled class, relative to the source root. */
    static String sourceOf(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, ClassReader.SKIP_CODE);
        return sourceOf(node);
    }

    private static String sourceOf(ClassNode node) {
        String pkg = node.name.contains("/") ? node.name.substring(0, node.name.lastIndexOf('/') + 1) : "";
        return pkg + Optional.ofNullable(node.sourceFile).orElse(topLevel(node.name).substring(pkg.length()) + ".java");
    }

    /** The graded checks (test methods) by question, among {@code these} classes. */
    Map<String, Integer> checksByQuestion(Set<String> these) {
        Map<String, Integer> checks = new TreeMap<>();
        for (String name : these) {
            questionOf(name).ifPresent(q -> checks.merge(q, testMethods(classes.get(name)), Integer::sum));
        }
        return checks;
    }

    /** {@code q4} for a class of {@code concurrency/q4/}. */
    static Optional<String> questionOf(String className) {
        String[] parts = className.split("/");
        return parts.length == 3 && parts[0].equals("concurrency") && parts[1].matches("q\\d+") ? Optional.of(parts[1]) : Optional.empty();
    }

    private Set<String> closure(Map<String, byte[]> classFiles) {
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String name : classes.keySet()) {
            if (!hidden.contains(name) && testMethods(classes.get(name)) > 0) {
                reached.add(name);
                todo.push(name);
            }
        }
        while (!todo.isEmpty()) {
            for (String next : ClassReferences.namesIn(classFiles.get(todo.pop() + ".class"))) {
                if (classes.containsKey(next) && reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        List<String> needHidden = reached.stream().filter(hidden::contains).toList();
        if (!needHidden.isEmpty()) {
            throw new IllegalStateException("public tests use hidden test classes " + needHidden + ": move what they share out of the "
                    + "hidden class");
        }
        // a source file holds a top-level class with all its nested ones: the handout gets all of them
        Set<String> tops = new HashSet<>();
        reached.forEach(name -> tops.add(topLevel(name)));
        Set<String> whole = new TreeSet<>();
        classes.keySet().stream().filter(n -> tops.contains(topLevel(n))).forEach(whole::add);
        return whole;
    }

    private static int testMethods(ClassNode node) {
        int count = 0;
        for (MethodNode method : node.methods) {
            if (method.visibleAnnotations != null && method.visibleAnnotations.stream().anyMatch(a -> TEST_METHODS.contains(a.desc))) {
                count++;
            }
        }
        return count;
    }

    private static boolean annotated(ClassNode node, String descriptor) {
        List<AnnotationNode> annotations = node.visibleAnnotations;
        return annotations != null && annotations.stream().anyMatch(a -> a.desc.equals(descriptor));
    }

    static String topLevel(String className) {
        int dollar = className.indexOf('$', className.lastIndexOf('/') + 1);
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
