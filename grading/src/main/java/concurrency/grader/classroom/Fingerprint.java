package concurrency.grader.classroom;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a submission's grade depends on, hashed: what the grader reads of the submission (its .java files and the
 * names of its symbolic links, or a zip's bytes), the grader itself (its jar) and the options it was given. A
 * rerun regrades a student only when this changed.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /** The grader's own code: every file of its class path (grader.jar, or class folders when run from a build). */
    static String ofGrader(List<Path> classPath) throws IOException {
        MessageDigest digest = sha256();
        for (Path entry : classPath) {
            hashTree(entry, file -> true, digest);
        }
        return hex(digest);
    }

    static String of(Submitted submitted, String grader, List<String> options) throws IOException {
        MessageDigest digest = sha256();
        digest.update((grader + "\n" + String.join("\n", options) + "\n" + submitted.shape() + "\n").getBytes(UTF_8));
        switch (submitted.shape()) {
            case ZIP -> hashFile(submitted.source(), digest);
            case FOLDER -> hashTree(submitted.source(), Fingerprint::graderReads, digest);
            case REFUSED -> digest.update(submitted.refusal().getBytes(UTF_8));
            default -> throw new IllegalStateException(submitted.shape().toString());
        }
        return hex(digest);
    }

    private static boolean graderReads(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".java");
    }

    /** Every file the filter keeps, and every symbolic link, by relative name, in a stable order; .git is skipped. */
    private static void hashTree(Path root, java.util.function.Predicate<Path> keep, MessageDigest digest) throws IOException {
        if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
            hashFile(root, digest);
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        int[] entries = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") ? FileVisitResult.SKIP_SUBTREE : next();
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    links.add(file);
                } else if (attrs.isRegularFile() && keep.test(file)) {
                    files.add(file);
                }
                return next();
            }

            private FileVisitResult next() {
                return ++entries[0] > Intake.MAX_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        for (Path link : links.stream().sorted().toList()) {
            digest.update(("link:" + root.relativize(link) + "\n").getBytes(UTF_8));
        }
        for (Path file : files.stream().sorted().toList()) {
            digest.update(("file:" + root.relativize(file) + "\n").getBytes(UTF_8));
            hashFile(file, digest);
        }
    }

    private static void hashFile(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String ofText(String text) {
        MessageDigest digest = sha256();
        digest.update(text.getBytes(UTF_8));
        return hex(digest);
    }

}
