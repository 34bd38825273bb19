package concurrency.grader.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The Gradescope autograder: a zip whose root holds {@code setup.sh} (run once when Gradescope builds the image:
 * it installs a JDK and bubblewrap, and builds nothing), {@code run_autograder} (run for every submission: it
 * runs {@code grader.jar gradescope}, see {@link AutograderMain}), and {@code grader.jar} itself, this very grader.
 * Files the options name (a rubric, a reference jar) travel in the zip too. Both scripts are marked executable.
 */
final class GradescopeZip {
    static final String SOURCE = "/autograder/source";
    private static final int EXECUTABLE = 0100755;
    private static final int READABLE = 0100644;

    private GradescopeZip() {
    }

    /**
     * @param classPath     the grader's own class path: must be grader.jar (a build's class folders cannot be shipped)
     * @param graderOptions the options of every grading, as the class command has them
     */
    static void write(Path zip, List<Path> classPath, List<String> graderOptions) throws IOException {
        if (classPath.size() != 1 || !isGraderJar(classPath.get(0))) {
            throw new IllegalArgumentException("--gradescope-zip: run this from grader.jar (java -jar grader/target/grader.jar class "
                    + "--gradescope-zip ...), not from class folders: the zip ships the built grader");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("grader.jar", classPath.get(0));
        List<String> shipped = ship(graderOptions, files);
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".autograder", ".zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(partial))) {
            put(out, "setup.sh", resource("setup.sh").getBytes(StandardCharsets.UTF_8), EXECUTABLE);
            put(out, "run_autograder", resource("run_autograder").replace("@GRADER_OPTIONS@", shellWords(shipped))
                    .getBytes(StandardCharsets.UTF_8), EXECUTABLE);
            put(out, "README.txt", resource("README.txt").getBytes(StandardCharsets.UTF_8), READABLE);
            for (Map.Entry<String, Path> file : files.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(file.getKey());
                entry.setUnixMode(READABLE);
                out.putArchiveEntry(entry);
                try (InputStream in = Files.newInputStream(file.getValue())) {
                    in.transferTo(out);
                }
                out.closeArchiveEntry();
            }
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether {@code file} is a built grader.jar: the grader's code with its bundle (tests, reference, runner). */
    static boolean isGraderJar(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(file.toFile())) {
            return jar.getEntry("concurrency/grader/GraderMain.class") != null && jar.getEntry("bundle/tests.jar") != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    /** Options that name a local file name the copy in the zip instead, where Gradescope unpacks it. */
    private static List<String> ship(List<String> options, Map<String, Path> files) {
        List<String> shipped = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            switch (option) {
                case "--rubric", "--reference" -> {
                    String value = options.get(++i);
                    if (option.equals("--reference") && value.equals("none")) {
                        shipped.addAll(List.of(option, value));
                    } else {
                        String name = option.equals("--rubric") ? "rubric.json" : "reference.jar";
                        files.put(name, Path.of(value));
                        shipped.addAll(List.of(option, SOURCE + "/" + name));
                    }
                }
                case "--java" -> throw new IllegalArgumentException("--java: on Gradescope the grader uses the JDK that setup.sh "
                        + "installs; leave --java out of --gradescope-zip");
                default -> shipped.add(option);
            }
        }
        return shipped;
    }

    private static void put(ZipArchiveOutputStream out, String name, byte[] content, int mode) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(mode);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    /** Each word in single quotes, so the shell passes it on exactly as given. */
    static String shellWords(List<String> words) {
        return String.join(" ", words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GradescopeZip.class.getResourceAsStream("/classroom/gradescope/" + name)) {
            if (in == null) {
                throw new IOException("classroom/gradescope/" + name + " is missing from the grader");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
