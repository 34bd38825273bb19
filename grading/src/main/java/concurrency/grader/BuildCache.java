package concurrency.grader;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remembers the screened classes of a question's sources, so that a question compiled before in the
 * same environment (the reference, the JDK, the grader) is not compiled again: every untouched
 * question of the template in a class, every question but one of a corpus entry. javac is
 * deterministic, so the same sources give the same classes; only builds that compiled and passed
 * the API screen are kept. It lives beside the {@link ResultCache}, which only a sandboxed grading
 * may have, and is written by the compiler's JVM, never by student code.
 *
 * @param dir         where builds are kept, one folder per key
 * @param environment what else the classes depend on, hashed ({@link ResultCache#environment()})
 */
record BuildCache(Path dir, String environment) {
    /** The key of a question's sources ({@link TemplateResults#digest}, whatever the submission's layout) in this environment. */
    String key(String question, String sourcesDigest) {
        MessageDigest digest = ResultCache.sha256();
        digest.update((environment + "|" + question + "|" + sourcesDigest).getBytes(UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Copies the classes remembered under {@code key} into {@code out}; false if there are none. */
    boolean restore(String key, Path out) throws IOException {
        Path kept = dir.resolve(key);
        if (!Files.isDirectory(kept)) {
            return false;
        }
        copyTree(kept, out);
        return true;
    }

    /** Remembers the classes in {@code out} under {@code key}, atomically: a grading that reads it sees all or nothing. */
    void store(String key, Path out) throws IOException {
        Path target = dir.resolve(key);
        if (Files.isDirectory(target)) {
            return;
        }
        Path partial = Files.createTempDirectory(Files.createDirectories(dir), key + ".partial");
        copyTree(out, partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException storedMeanwhile) {
            deleteTree(partial); // another grading stored the same build first
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }


    /** For the compiler's command line: the folder and the environment, or "-" for none. */
    static Optional<BuildCache> parse(String dir, String environment) {
        return dir.equals("-") ? Optional.empty() : Optional.of(new BuildCache(Path.of(dir), environment));
    }
}
