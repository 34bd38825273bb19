package concurrency.q3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A child main for the tests: starts a grandchild JVM running {@link Sleeper}, prints
 * {@code grandchild <pid>} and then hangs. Killing this process alone leaves the grandchild running.
 */
public final class Hanger {
    static final String PREFIX = "grandchild ";

    private Hanger() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Process grandchild = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), Sleeper.class.getName()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        System.out.println(PREFIX + grandchild.pid());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
