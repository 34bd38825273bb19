package concurrency.grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;

/**
 * The classes of a question that its stress tests can reach: those the tests name, and every class
 * of the question those name in turn (types, calls, class literals, and strings that spell a class
 * name, as for {@code Class.forName}). A stress result depends on nothing else of the question, so
 * a submission that changes only other classes (Q5's FileCounter, say) reuses the stress result of
 * the code it shares instead of running jcstress again.
 */
final class StressScope {
    private StressScope() {
    }

    /**
     * The class files under {@code classes} that the stress tests of {@code question} in
     * {@code stressJar} can reach, or every class file when those tests name none of them.
     */
    static Set<Path> files(Path stressJar, String question, Path classes) throws IOException {
        String prefix = "concurrency/" + question + "/";
        Map<String, Set<String>> questionClasses = new HashMap<>();
        Map<String, Path> fileOf = new HashMap<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                byte[] code = Files.readAllBytes(file);
                String name = new ClassReader(code).getClassName();
                questionClasses.put(name, namesIn(code));
                fileOf.put(name, file);
            }
        }
        Set<String> roots = new HashSet<>();
        try (JarFile jar = new JarFile(stressJar.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (entryName.startsWith(prefix) && entryName.endsWith(".class")
                        && !questionClasses.containsKey(entryName.substring(0, entryName.length() - ".class".length()))) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        namesIn(in.readAllBytes()).stream().filter(questionClasses::containsKey).forEach(roots::add);
                    }
                }
            }
        }
        if (roots.isEmpty()) {
            return Set.copyOf(fileOf.values());
        }
        Set<String> reached = new HashSet<>(roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            for (String next : questionClasses.get(todo.pop())) {
                if (questionClasses.containsKey(next) && reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        Set<Path> files = new HashSet<>();
        reached.forEach(name -> files.add(fileOf.get(name)));
        return files;
    }

    private static Set<String> namesIn(byte[] code) {
        return ClassReferences.namesIn(code);
    }
}
