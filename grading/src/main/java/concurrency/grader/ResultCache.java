package concurrency.grader;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Remembers the graded checks of one question and kind, keyed by everything the result depends
 * on: the question's compiled classes, the budget, and the environment (the reference, the tests,
 * the stress tests, the grader's own code, the java launcher and the sandbox). A whole class of
 * submissions shares the untouched questions of the template, and a corpus of one-defect
 * submissions shares every question but one: those are graded once. Only runs that ended on their
 * own are kept, so a run killed under load is never replayed.
 */
final class ResultCache {
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<GradedTest>> TESTS = new TypeReference<>() {
    };

    private final Path dir;
    private final String environment;

    private ResultCache(Path dir, String environment) {
        this.dir = dir;
        this.environment = environment;
    }

    /** A cache in {@code dir} for runs in this environment: every file or directory listed, plus free-form facts. */
    static ResultCache in(Path dir, List<Path> environmentFiles, String facts) throws IOException {
        MessageDigest digest = sha256();
        digest.update(facts.getBytes(UTF_8));
        for (Path file : environmentFiles) {
            hashTree(file, digest);
        }
        return new ResultCache(Files.createDirectories(dir), HexFormat.of().formatHex(digest.digest()));
    }

    /** The hash of the environment: every file and fact the cache was opened with. */
    String environment() {
        return environment;
    }

    /**
     * The key of one question and kind whose classes are in {@code classes}, of which only the
     * files in {@code relevant} can change the result (all of them unless a kind knows better).
     */
    String key(String question, String kind, Rubric.Item item, Path classes, Predicate<Path> relevant) throws IOException {
        MessageDigest digest = sha256();
        digest.update((environment + "|" + question + "|" + kind + "|" + item.points() + "|" + item.timeout())
                .getBytes(UTF_8));
        hashTree(classes, relevant, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of every file under {@code tree}, with its relative name: equal for byte-identical class folders. */
    static String digest(Path tree) throws IOException {
        MessageDigest digest = sha256();
        hashTree(tree, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    Optional<List<GradedTest>> get(String key) {
        Path file = dir.resolve(key + ".json");
        try {
            return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), TESTS)) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty(); // a damaged entry is graded again
        }
    }

    /** Stores atomically: graders that share the directory never read half an entry. */
    void put(String key, List<GradedTest> tests) throws IOException {
        Path temporary = Files.createTempFile(dir, key, ".tmp");
        JSON.writeValue(temporary.toFile(), tests);
        Files.move(temporary, dir.resolve(key + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Hashes a file, or every file under a directory with its relative name, in a stable order. */
    private static void hashTree(Path root, MessageDigest digest) throws IOException {
        hashTree(root, file -> true, digest);
    }

    private static void hashTree(Path root, Predicate<Path> include, MessageDigest digest) throws IOException {
        if (Files.isRegularFile(root)) {
            hashFile(root, digest);
            return;
        }
        if (!Files.isDirectory(root)) {
            digest.update(("missing:" + root).getBytes(UTF_8));
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(include).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes(UTF_8));
                hashFile(file, digest);
            }
        }
    }

    private static void hashFile(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** A new SHA-256 digest (every JDK has one), for this cache's keys and the others the grader keeps. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
