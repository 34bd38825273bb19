package concurrency.grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The classes of a question that each of its test classes can reach: those the test class names,
 * directly or through the tests' own helpers of that package (Q3's Echo, say), and every class of
 * the question those name in turn. A test class's results depend on nothing else of the question,
 * so a submission that changes only Q5's Pipeline runs PipelineTest again and replays the other
 * test classes' results from identical code ({@link TestClassResults}).
 */
final class TestScope {
    private TestScope() {
    }

    /**
     * By the binary name of each top-level class of the question's package in {@code testsJar}: the
     * class files under {@code classes} that it can reach, or every class file when it names none.
     */
    static Map<String, Set<Path>> byTestClass(Path testsJar, String question, Path classes) throws IOException {
        QuestionClasses questionClasses = QuestionClasses.read(classes);
        Map<String, Set<String>> testClasses = testClasses(testsJar, question);
        Map<String, Set<Path>> scopes = new TreeMap<>();
        for (String name : testClasses.keySet()) {
            if (!name.contains("$")) {
                Set<String> roots = rootsOf(name, testClasses);
                roots.removeIf(root -> !questionClasses.contains(root));
                scopes.put(name.replace('/', '.'), roots.isEmpty() ? questionClasses.all() : questionClasses.reachableFrom(roots));
            }
        }
        return scopes;
    }

    /** Every name that the top-level test class {@code top}, its nested classes and the helpers they use mention. */
    private static Set<String> rootsOf(String top, Map<String, Set<String>> testClasses) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        testClasses.keySet().stream().filter(name -> name.equals(top) || name.startsWith(top + "$")).forEach(name -> {
            seen.add(name);
            todo.push(name);
        });
        Set<String> named = new HashSet<>();
        while (!todo.isEmpty()) {
            for (String next : testClasses.get(todo.pop())) {
                named.add(next);
                if (testClasses.containsKey(next) && seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return named;
    }

    /** The classes of the question's package in the tests jar, each with the names it mentions. */
    private static Map<String, Set<String>> testClasses(Path testsJar, String question) throws IOException {
        String prefix = "concurrency/" + question + "/";
        Map<String, Set<String>> classes = new HashMap<>();
        try (JarFile jar = new JarFile(testsJar.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (entryName.startsWith(prefix) && entryName.endsWith(".class") && entryName.indexOf('/', prefix.length()) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        classes.put(entryName.substring(0, entryName.length() - ".class".length()),
                                ClassReferences.namesIn(in.readAllBytes()));
                    }
                }
            }
        }
        return classes;
    }
}
