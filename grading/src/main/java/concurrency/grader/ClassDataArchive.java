package concurrency.grader;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A dynamic class-data-sharing archive for a JVM that is started again and again with the same class
 * path: the compiler's JVM of every grading, and each student's grader in a class. The first such JVM
 * writes the classes it loaded into the archive when it exits; the later ones map them from it instead
 * of reading, parsing and verifying them again (on 2 cores: a compiler JVM 2.95 s of processor time
 * without, 2.6 s with; a grading whose questions are all cached 2.8 s without, 2.5 s with).
 *
 * <p>Only where it is safe: in a trusted cache directory (which only the grader writes), for JVMs that
 * never run student code (so nothing in an archive can come from a submission), and for a class path of
 * jar files (the JVM cannot archive classes from folders). A damaged archive crashes the JVM that maps
 * it, so a new archive is kept only once a JVM has mapped it and run.
 */
public final class ClassDataArchive {
    /** The JVM's messages about archives stay quiet: these JVMs' output is read (a protocol, a console). */
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path=off");

    private final Path java;
    private final List<String> jvmOptions;
    private final List<Path> classPath;
    private final Path file;

    private ClassDataArchive(Path java, List<String> jvmOptions, List<Path> classPath, Path file) {
        this.java = java;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classPath = List.copyOf(classPath);
        this.file = file;
    }

    /**
     * The archive for JVMs started as {@code java jvmOptions -cp classPath ...}, kept in {@code cacheDir};
     * none without a cache directory or when the class path holds anything but jar files.
     */
    public static Optional<ClassDataArchive> of(Optional<Path> cacheDir, String name, Path java, List<String> jvmOptions,
                                         List<Path> classPath) throws IOException {
        if (cacheDir.isEmpty() || classPath.isEmpty()
                || !classPath.stream().allMatch(p -> Files.isRegularFile(p) && p.toString().endsWith(".jar"))) {
            return Optional.empty();
        }
        // An archive holds one JDK's view of these very jars: any change is a new archive.
        MessageDigest digest = ResultCache.sha256();
        digest.update(java.toAbsolutePath().toString().getBytes(UTF_8));
        Path release = java.toAbsolutePath().getParent().getParent().resolve("release");
        if (Files.isRegularFile(release)) {
            digest.update(Files.readAllBytes(release));
        }
        digest.update(String.join(" ", jvmOptions).getBytes(UTF_8));
        for (Path jar : classPath) {
            digest.update((jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis())
                    .getBytes(UTF_8));
        }
        String key = HexFormat.of().formatHex(digest.digest()).substring(0, 20);
        Path dir = Files.createDirectories(cacheDir.get().resolve("class-data"));
        return Optional.of(new ClassDataArchive(java, jvmOptions, classPath, dir.resolve(name + "-" + key + ".jsa")));
    }

    /** How one JVM takes part: the options to add, and the file it writes the archive to, if it writes it. */
    public record Use(List<String> options, Optional<Path> writing) {
        public static final Use NONE = new Use(List.of(), Optional.empty());
    }

    /** Map the archive if there is one; otherwise write it, to a file of this JVM's own (several may at once). */
    public Use use() {
        Use mapping = mapOnly();
        if (!mapping.options().isEmpty()) {
            return mapping;
        }
        Path writing = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        List<String> options = new ArrayList<>(QUIET);
        options.add("-XX:ArchiveClassesAtExit=" + writing);
        return new Use(options, Optional.of(writing));
    }

    /** Map the archive if there is one, and leave writing it to a JVM that loads what the usual run loads. */
    public Use mapOnly() {
        if (!Files.isRegularFile(file)) {
            return Use.NONE;
        }
        List<String> options = new ArrayList<>(QUIET);
        options.add("-XX:SharedArchiveFile=" + file);
        return new Use(options, Optional.empty());
    }

    /**
     * After a JVM that was to write the archive has exited normally: keeps what it wrote if a JVM can map
     * it (a JVM killed while writing leaves a damaged file), and deletes it otherwise.
     */
    public void keep(Use use, boolean exitedNormally) throws InterruptedException {
        if (use.writing().isEmpty()) {
            return;
        }
        Path written = use.writing().get();
        try {
            if (exitedNormally && Files.isRegularFile(written) && maps(written)) {
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // no archive this time: the next JVM writes one
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException ignored) {
                // a temporary file left in the cache directory
            }
        }
    }

    /** Whether a JVM with this archive starts and runs (-Xshare:on: an archive it cannot use is an error). */
    private boolean maps(Path archive) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(QUIET);
        Path crashLog = archive.resolveSibling(archive.getFileName() + ".crash.log");
        command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-XX:ErrorFile=" + crashLog, "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()), "-version"));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!probe.waitFor(30, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } finally {
            Files.deleteIfExists(crashLog);
        }
    }
}
