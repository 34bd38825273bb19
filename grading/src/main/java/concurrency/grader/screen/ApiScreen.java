package concurrency.grader.screen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * A static screen of a question's compiled classes, before any of them runs: it reports every use
 * of an API that no question needs and that untrusted code could use to forge a result (reflection,
 * class loading, JDK internals, management and attach, native code, raw file descriptors, the
 * grader's own libraries). See {@link DenyList} for what is denied and why. A finding should score
 * the question 0 with {@link #explain(List)} as the reason.
 */
public final class ApiScreen {
    /** Distinct APIs named in an explanation, and places named per API, before "and K more". */
    static final int APIS_SHOWN = 5;
    static final int PLACES_SHOWN = 3;

    private ApiScreen() {
    }

    /** Every use of a denied API by the classes under {@code compiledClassesDir}, in class, then code order. */
    public static List<Finding> screen(Path compiledClassesDir) {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(compiledClassesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                findings.addAll(ClassScanner.scan(read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /**
     * What the student reads: one line per denied API (the first few places it is used, then how many
     * more), each with its reason, and how many other APIs were left out. Empty for no findings.
     */
    public static String explain(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        Map<String, List<Finding>> byApi = new LinkedHashMap<>();
        findings.forEach(f -> byApi.computeIfAbsent(f.api(), api -> new ArrayList<>()).add(f));
        StringBuilder text = new StringBuilder("This question scores 0: your code uses APIs that this assignment never needs.");
        byApi.values().stream().limit(APIS_SHOWN).forEach(uses -> text.append("\n- ").append(line(uses)));
        if (byApi.size() > APIS_SHOWN) {
            text.append("\n- and ").append(byApi.size() - APIS_SHOWN).append(" more such APIs.");
        }
        return text.append("\nIf you think you need one of them, ask your instructor.").toString();
    }

    private static String line(List<Finding> uses) {
        List<String> places = uses.stream().limit(PLACES_SHOWN).map(Finding::where).toList();
        String where = String.join(", ", places);
        if (uses.size() > PLACES_SHOWN) {
            where += " and " + (uses.size() - PLACES_SHOWN) + " more place" + (uses.size() - PLACES_SHOWN == 1 ? "" : "s");
        }
        Finding first = uses.get(0);
        return where + " " + (uses.size() == 1 ? "uses " : "use ") + first.api() + ". " + first.why() + ".";
    }

    private static ClassNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        }
    }
}
