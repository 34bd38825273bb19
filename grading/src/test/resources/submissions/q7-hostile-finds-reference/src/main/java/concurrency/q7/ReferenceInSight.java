package concurrency.q7;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Hostile: looks for the reference solutions where a runner could find them with plain file
 * reads: a jar on its class path that carries them, or the unpacked reference near the class path's
 * folders. Whoever can read them can run them in a child JVM and hand back their answers; this
 * entry only shows that it could.
 */
final class ReferenceInSight {
    static final boolean SEEN = look();

    private ReferenceInSight() {
    }

    private static boolean look() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (carriesReference(path)) {
                return true;
            }
            for (Path up = path.getParent(); up != null && up.getNameCount() > 1; up = up.getParent()) {
                if (Files.exists(up.resolve("bundle/reference/concurrency/q7/Factorials.class"))
                        || Files.exists(up.resolve("bundle/solutions.jar"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean carriesReference(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("bundle/solutions.jar") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
