package concurrency.grader;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version Maven wrote into {@code grader-version.properties} when it built the grader. */
public final class BuildVersion implements IVersionProvider {
    static final String RESOURCE = "/concurrency/grader/grader-version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new String[] {"grader (version unknown: not built by Maven)"};
            }
            properties.load(in);
        }
        return new String[] {"grader " + properties.getProperty("version", "(version unknown)")};
    }
}
