package concurrency.grader.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks a submitted zip's Java sources, and nothing that could hurt: every entry's name is checked before
 * anything is written (an absolute name or a {@code ..} that climbs out of the folder refuses the whole zip),
 * symbolic links are never made, and the bytes actually inflated are counted, whatever the zip declares, so a
 * zip bomb stops at the first byte over the bound. Only {@code .java} files are written; the grader reads nothing else.
 */
final class SafeZip {
    static final long MAX_ZIP_BYTES = 32L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    private static final int NAMES_SHOWN = 5;

    /** @param sources how many .java files were written; {@code others} the names of a few other entries */
    record Unpacked(int sources, List<String> others, int links) {
    }

    private SafeZip() {
    }

    static Unpacked unpack(Path zip, Path target) throws Refused, IOException {
        long size = Files.size(zip);
        if (size > MAX_ZIP_BYTES) {
            throw new Refused("The zip file has " + size / (1024 * 1024) + " MB; a submission's zip may have at most "
                    + MAX_ZIP_BYTES / (1024 * 1024) + " MB. Zip only your sources (src/main/java), not build output or libraries.");
        }
        Files.createDirectories(target);
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > MAX_ENTRIES) {
                throw new Refused("The zip holds " + entries.size() + " entries; at most " + MAX_ENTRIES + " are read. "
                        + "Zip only your sources (src/main/java).");
            }
            for (ZipArchiveEntry entry : entries) {
                checkName(entry.getName());
            }
            return write(file, entries, target);
        } catch (Refused | RuntimeException refusedOrBroken) {
            clear(target);
            if (refusedOrBroken instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("The zip file cannot be read (" + oneLine(refusedOrBroken) + "). Make it again with your "
                    + "system's zip tool and submit it once more.");
        } catch (UnsupportedZipFeatureException unsupported) {
            clear(target);
            throw new Refused("The zip uses a feature the grader cannot read (" + oneLine(unsupported) + "), such as a "
                    + "password. Make it again without one.");
        } catch (IOException broken) {
            clear(target);
            throw new Refused("The zip file cannot be read (" + oneLine(broken) + "). Make it again with your system's zip "
                    + "tool and submit it once more.");
        }
    }

    private static Unpacked write(ZipFile file, List<ZipArchiveEntry> entries, Path target) throws IOException, Refused {
        long[] written = {0};
        int sources = 0;
        int links = 0;
        List<String> others = new ArrayList<>();
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName().replace('\\', '/');
            if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                continue;
            }
            if (entry.isUnixSymlink()) {
                links++;
                continue;
            }
            if (!name.toLowerCase(Locale.ROOT).endsWith(".java")) {
                if (others.size() < NAMES_SHOWN) {
                    others.add(name);
                }
                continue;
            }
            Path out = target.resolve(name).normalize();
            if (!out.startsWith(target)) {
                throw new Refused(escapes(name));
            }
            Files.createDirectories(out.getParent());
            try (InputStream in = file.getInputStream(entry);
                 OutputStream to = Files.newOutputStream(out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
                copyBounded(in, to, written);
            }
            sources++;
        }
        return new Unpacked(sources, List.copyOf(others), links);
    }

    /** Copies, counting every inflated byte against the bound for the whole zip. */
    private static void copyBounded(InputStream in, OutputStream out, long[] written) throws IOException, Refused {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            written[0] += n;
            if (written[0] > MAX_UNPACKED_BYTES) {
                throw new Refused("The zip expands to more than " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB of sources, "
                        + "far more than this assignment needs; nothing of it was graded. Zip only your sources (src/main/java).");
            }
            out.write(buffer, 0, n);
        }
    }

    /** An entry whose name could land outside the folder it is unpacked into refuses the whole zip. */
    private static void checkName(String raw) throws Refused {
        String name = raw.replace('\\', '/');
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        boolean climbs = Stream.of(name.split("/")).anyMatch(".."::equals);
        if (absolute || climbs || name.indexOf('\0') >= 0) {
            throw new Refused(escapes(raw));
        }
    }

    private static String escapes(String name) {
        String shown = name.length() > 120 ? name.substring(0, 120) + "..." : name;
        return "The zip holds an entry named '" + shown.replaceAll("\\p{Cntrl}", "?") + "', which would be written outside the "
                + "folder it is unpacked into; nothing of the zip was unpacked. Make the zip from your project folder "
                + "with your system's zip tool.";
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }
}
