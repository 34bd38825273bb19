package concurrency.grader.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Zip files for tests, good and hostile, written entry by entry (names are taken as given, even {@code ../}). */
public final class Zips {
    private Zips() {
    }

    /** A zip of text entries, by name. */
    public static Path of(Path zip, Map<String, String> entries) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** Every file under {@code dir}, by its relative name. */
    public static Path ofTree(Path zip, Path dir) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putArchiveEntry(new ZipArchiveEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** A zip bomb: one .java entry of {@code bytes} zeros, which deflate to about a thousandth of that. */
    public static Path bomb(Path zip, long bytes) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            out.putArchiveEntry(new ZipArchiveEntry("src/main/java/concurrency/q4/Bomb.java"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < bytes; written += zeros.length) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        }
        return zip;
    }

    /** A zip holding a symbolic link entry named {@code name} that points at {@code target}. */
    public static Path withLink(Path zip, String name, String target) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            ZipArchiveEntry link = new ZipArchiveEntry(name);
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write(target.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            out.putArchiveEntry(new ZipArchiveEntry("src/main/java/concurrency/q7/Factorials.java"));
            out.write("package concurrency.q7;\nclass Factorials {}\n".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        return zip;
    }
}
