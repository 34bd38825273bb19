package concurrency.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java sources of a submission, grouped by the package they declare. Any layout works (Maven's
 * {@code src/main/java}, a flat upload): a file belongs where its {@code package} line says.
 * Test sources ({@code src/test}) and non-Java files are ignored.
 */
public record Submission(Path root, Map<String, List<Path>> sourcesByPackage) {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    public static Submission scan(Path root) throws IOException {
        Map<String, List<Path>> byPackage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.contains("src/test/") || relative.startsWith("target/") || relative.contains("/target/")) {
                    continue;
                }
                byPackage.computeIfAbsent(packageOf(file), p -> new ArrayList<>()).add(file);
            }
        }
        return new Submission(root, byPackage);
    }

    /** The sources of one question's package, {@code concurrency.qN}, and its sub-packages. */
    public List<Path> sourcesOf(String question) {
        String pkg = "concurrency." + question;
        List<Path> sources = new ArrayList<>();
        sourcesByPackage.forEach((name, files) -> {
            if (name.equals(pkg) || name.startsWith(pkg + ".")) {
                sources.addAll(files);
            }
        });
        return sources;
    }

    public List<Path> allConcurrencySources() {
        List<Path> sources = new ArrayList<>();
        sourcesByPackage.forEach((name, files) -> {
            if (name.startsWith("concurrency.q")) {
                sources.addAll(files);
            }
        });
        return sources;
    }

    private static String packageOf(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = PACKAGE.matcher(text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", ""));
        return m.find() ? m.group(1) : "";
    }
}
