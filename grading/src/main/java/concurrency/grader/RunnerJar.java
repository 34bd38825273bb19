package concurrency.grader;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class path of a runner JVM: the grader's own code and libraries in one jar without
 * {@code bundle/}. The bundle holds the reference solutions; a runner must never have them on its
 * class path, where student code could load them as resources. The build puts that jar into
 * grader.jar ({@code bundle/runner.jar}); run from class folders (an IDE, unit tests), the grader
 * writes it from its own class path.
 */
public final class RunnerJar {
    private static final String BUNDLE = "bundle/";
    private static final String BUILT = "/bundle/runner.jar";
    private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the earliest time a zip entry holds

    private static Optional<String> identity;

    private RunnerJar() {
    }

    /** The grader's own class path: the jar (or folders) this JVM runs from. */
    static List<Path> graderPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath()).toList();
    }

    /**
     * The runner's jar: written into {@code dir}, or, with a trusted cache (which only a sandboxed
     * grading may have), written once per grader into the cache and shared by every grading.
     */
    static Path prepare(Path dir, Optional<Path> cache) throws IOException {
        Optional<String> identity = graderIdentity();
        if (cache.isEmpty() || identity.isEmpty()) {
            // without a cache, or running from class folders (a developer's IDE): no sharing
            return unpackOrWrite(dir.resolve("runner.jar"));
        }
        Path shared = Files.createDirectories(cache.get()).resolve("runner-" + identity.get() + ".jar");
        if (!Files.exists(shared)) {
            Path partial = unpackOrWrite(Files.createTempFile(cache.get(), "runner", ".partial"));
            Files.move(partial, shared, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return shared;
    }

    /**
     * What tells one build of the grader from another, for the names and keys of what a cache keeps:
     * the SHA-256 of the name, CRC-32 and size of every entry of the jars it runs from, as their central
     * directories list them. That needs no pass over the 50 MB of grader.jar, which took a grader about
     * half a second of processor time for each of the two places that hashed it, every grading. Empty
     * when the grader runs from class folders. Computed once per JVM.
     */
    static synchronized Optional<String> graderIdentity() throws IOException {
        if (identity == null) {
            identity = identityOf(graderPath());
        }
        return identity;
    }

    /** The identity of the code in {@code classPath}, as {@link #graderIdentity()} tells it; empty if it holds a folder. */
    static Optional<String> identityOf(List<Path> classPath) throws IOException {
        MessageDigest digest = ResultCache.sha256();
        for (Path entry : classPath) {
            if (!Files.isRegularFile(entry)) {
                return Optional.empty();
            }
            try (ZipFile jar = new ZipFile(entry.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    ZipEntry zipped = entries.nextElement();
                    digest.update((zipped.getName() + "|" + zipped.getCrc() + "|" + zipped.getSize() + "\n").getBytes(UTF_8));
                }
            }
            digest.update("\n".getBytes(UTF_8));
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** The runner's jar the build made, copied out of grader.jar; written from the class path if there is none. */
    private static Path unpackOrWrite(Path target) throws IOException {
        try (InputStream built = RunnerJar.class.getResourceAsStream(BUILT)) {
            if (built != null) {
                Files.copy(built, target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            }
        }
        return write(target);
    }

    static Path write(Path target) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
            // stored, not deflated: written once per grading, read by every runner; speed over size
            out.setLevel(0);
            java.util.Set<String> written = new java.util.HashSet<>();
            for (Path entry : graderPath()) {
                if (Files.isDirectory(entry)) {
                    copyDirectory(entry, out, written);
                } else if (Files.isRegularFile(entry)) {
                    copyJar(entry, out, written);
                }
            }
        }
        return target;
    }

    private static void copyJar(Path jar, JarOutputStream out, java.util.Set<String> written) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (keep(entry.getName()) && written.add(entry.getName())) {
                    out.putNextEntry(entry(entry.getName()));
                    try (InputStream in = file.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }

    private static void copyDirectory(Path dir, JarOutputStream out, java.util.Set<String> written) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace(File.separatorChar, '/');
                if (keep(name) && written.add(name)) {
                    out.putNextEntry(entry(name));
                    Files.copy(file, (OutputStream) out);
                    out.closeEntry();
                }
            }
        }
    }

    /** An entry with a fixed time: the same grader writes the same bytes, which the result cache hashes. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        return entry;
    }

    private static boolean keep(String name) {
        return !name.startsWith(BUNDLE) && !name.endsWith("/") && !name.equals("META-INF/MANIFEST.MF")
                && CLASSROOM_ONLY.stream().noneMatch(name::startsWith);
    }

    /**
     * What only the grader's JVM uses to grade a class (the classroom package, its templates and libraries): never on a
     * runner's class path, where student code could use a template engine or a zip library as a gadget. The build's
     * runner jar leaves the same out (grading/pom.xml); the handout's preview does not carry them at all.
     */
    public static final java.util.List<String> CLASSROOM_ONLY = java.util.List.of("concurrency/grader/classroom/", "classroom/",
            "freemarker/", "META-INF/resources/webjars/", "org/apache/commons/csv/", "org/apache/commons/compress/",
            "org/apache/commons/io/", "org/apache/commons/codec/", "org/apache/commons/lang3/", "org/yaml/snakeyaml/");
}
