package concurrency.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/** The files of a jar by name, read whole (the jars the handout deals with are small), and jars written back. */
final class JarEntries {
    /** 1980-01-01, the earliest time a zip entry holds: the same content gives the same jar, so a regenerated handout diffs clean. */
    private static final long FIXED_TIME = 315532800000L;

    private JarEntries() {
    }

    static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> all = file.entries(); all.hasMoreElements(); ) {
                JarEntry entry = all.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }

    /** The entries of a jar held in memory (a jar inside a jar). */
    static Map<String, byte[]> read(byte[] jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar), false)) {
            if (in.getManifest() != null) {
                java.io.ByteArrayOutputStream manifest = new java.io.ByteArrayOutputStream();
                in.getManifest().write(manifest);
                entries.put("META-INF/MANIFEST.MF", manifest.toByteArray());
            }
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Writes {@code entries} as a jar, the manifest first (where java -jar looks for it). */
    static void write(Map<String, byte[]> entries, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(entries, out);
        }
    }

    static byte[] toBytes(Map<String, byte[]> entries) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(entries, bytes);
        return bytes.toByteArray();
    }

    private static void write(Map<String, byte[]> entries, OutputStream target) throws IOException {
        try (JarOutputStream out = new JarOutputStream(target)) {
            byte[] manifest = entries.get("META-INF/MANIFEST.MF");
            if (manifest != null) {
                put(out, "META-INF/MANIFEST.MF", manifest);
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().equals("META-INF/MANIFEST.MF")) {
                    put(out, entry.getKey(), entry.getValue());
                }
            }
        }
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }
}
