package concurrency.grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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
        QuestionClasses questionClasses = QuestionClasses.read(classes);
        Set<String> roots = new HashSet<>();
        try (JarFile jar = new JarFile(stressJar.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (entryName.startsWith(prefix) && entryName.endsWith(".class")
                        && !questionClasses.contains(entryName.substring(0, entryName.length() - ".class".length()))) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        ClassReferences.namesIn(in.readAllBytes()).stream().filter(questionClasses::contains).forEach(roots::add);
                    }
                }
            }
        }
        return roots.isEmpty() ? questionClasses.all() : questionClasses.reachableFrom(roots);
    }
}
