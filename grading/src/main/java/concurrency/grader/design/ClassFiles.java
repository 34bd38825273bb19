package concurrency.grader.design;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/** Reads compiled classes as data: ASM trees and ArchUnit's model. Nothing is loaded into the JVM. */
public final class ClassFiles {
    private ClassFiles() {
    }

    /** Every class under {@code dir}, by internal name ({@code concurrency/q4/NumberList}). */
    public static Map<String, ClassNode> read(Path dir) {
        Map<String, ClassNode> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
                    classes.put(node.name, node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    public static JavaClasses archUnit(Path dir) {
        return new ClassFileImporter().importPath(dir);
    }

    /** Evaluates an ArchUnit rule; an empty "should" (nothing to check) counts as a violation. */
    public static List<String> violations(ArchRule rule, JavaClasses classes) {
        try {
            EvaluationResult result = rule.evaluate(classes);
            return result.hasViolation() ? new ArrayList<>(result.getFailureReport().getDetails()) : List.of();
        } catch (AssertionError empty) {
            return List.of(String.valueOf(empty.getMessage()).lines().findFirst().orElse("nothing to check"));
        }
    }
}
