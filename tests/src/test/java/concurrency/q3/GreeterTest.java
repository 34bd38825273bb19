package concurrency.q3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("q3")
@DisplayName("Q3 Greeter")
class GreeterTest {

    @Test
    @DisplayName("Greeter prints exactly \"Hello, <name> from process <pid>\" with the pid of the process it runs in")
    void greetsWithItsOwnPid() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Greeter.main(new String[] {"Ada"});
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8).strip())
                .as("what Greeter.main({\"Ada\"}) printed, run here in the test's own process (find the pid with ProcessHandle)")
                .isEqualTo("Hello, Ada from process " + ProcessHandle.current().pid());
    }
}
