package concurrency.grader.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real browser for the report's tests: Debian's headless chromium ({@code scripts/ensure-chromium}, run by
 * {@code .ci/run}, installs it). {@link #dom} loads a page and returns the DOM after its scripts ran.
 */
public final class Chromium {
    private Chromium() {
    }

    /** The browser on the PATH, if any. */
    public static Optional<Path> find() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable).findFirst();
    }

    public static final String MISSING = "no chromium on the PATH: the report is tested in a real browser; install it with "
            + "scripts/ensure-chromium (as root on Debian/Ubuntu; .ci/run does it)";

    /** The page's DOM, serialized, once its scripts have run; offline, in a fresh profile. */
    public static String dom(Path browser, Path page, Path work) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Path out = work.resolve("dom.html");
        Path err = work.resolve("chromium.log");
        List<String> command = List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
        Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!chromium.waitFor(3, TimeUnit.MINUTES)) {
                throw new AssertionError("chromium did not finish within 3 minutes (a hang)");
            }
        } finally {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        if (chromium.exitValue() != 0 || dom.isBlank()) {
            throw new AssertionError("chromium failed (exit status " + chromium.exitValue() + "):\n" + Files.readString(err));
        }
        return dom;
    }
}
