package concurrency.grader;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The modules a runner JVM may resolve ({@code --limit-modules}): every {@code java.*} module of
 * its JDK, so that no API a submission may use is missing, and the few {@code jdk.*} modules that
 * only add data or plain services. Left out: jdk.management (heap dumps), jdk.attach, jdk.jdi,
 * jdk.hotspot.agent (reading another JVM), jdk.unsupported (sun.misc.Unsafe), jdk.compiler and
 * jdk.jshell (compiling code the screen never saw).
 */
final class RunnerModules {
    private static final Set<String> PLAIN_JDK_MODULES = Set.of("jdk.charsets", "jdk.localedata", "jdk.crypto.ec",
            "jdk.crypto.cryptoki", "jdk.zipfs", "jdk.net", "jdk.httpserver", "jdk.naming.dns", "jdk.xml.dom", "jdk.random",
            "jdk.security.auth", "jdk.accessibility");

    private RunnerModules() {
    }

    /** The comma-separated list for {@code --limit-modules}, for the JDK that {@code java} belongs to. */
    static String of(Path java) throws IOException, InterruptedException {
        Set<String> names = new TreeSet<>();
        Path home = java.toAbsolutePath().getParent().getParent();
        if (Files.isSameFile(home, Path.of(System.getProperty("java.home")))) {
            ModuleFinder.ofSystem().findAll().stream().map(ModuleReference::descriptor).forEach(d -> names.add(d.name()));
        } else {
            Process list = new ProcessBuilder(java.toString(), "--list-modules").redirectErrorStream(true).start();
            List<String> lines = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            list.waitFor(30, TimeUnit.SECONDS);
            lines.forEach(line -> names.add(line.split("@")[0].strip()));
        }
        names.removeIf(name -> !name.startsWith("java.") && !PLAIN_JDK_MODULES.contains(name));
        return String.join(",", names);
    }
}
