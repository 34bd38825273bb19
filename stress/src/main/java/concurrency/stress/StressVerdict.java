package concurrency.stress;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The verdict on one jcstress test, with an explanation a student can act on.
 *
 * @param test        the test's class name
 * @param description what the test checks, from its {@code @Description}
 * @param status      jcstress's status: OK, FAILED, ERROR, TIMEOUT, VM ERROR; or NOT RUN, or NOT READY
 *                    (a {@link Prerequisite} failed, so the test was not run)
 * @param samples     how many times the operations were run against each other
 * @param outcomes    every observed or declared outcome
 * @param messages    what the test's JVMs reported (exceptions, crashes)
 */
public record StressVerdict(String test, String description, String status, long samples,
                            List<StressOutcome> outcomes, List<String> messages) {
    private static final int MESSAGE_LINES = 12;

    public StressVerdict {
        outcomes = List.copyOf(outcomes);
        messages = List.copyOf(messages);
    }

    public boolean passed() {
        return status.equals("OK");
    }

    public String simpleName() {
        return test.substring(test.lastIndexOf('.') + 1);
    }

    /** A plain-words account of the run: what was seen, how often, and what it means. */
    public String explanation() {
        StringBuilder out = new StringBuilder(description).append('\n');
        switch (status) {
            case "OK" -> out.append("Passed: no forbidden outcome in ").append(human(samples)).append(" trials.");
            case "FAILED" -> {
                out.append("Failed: forbidden outcomes were seen.\n");
                for (StressOutcome o : outcomes) {
                    if (o.forbidden() && o.count() > 0) {
                        out.append("- ").append(o.description()).append(" (result \"").append(o.id()).append("\" in ")
                                .append(human(o.count())).append(" of ").append(human(samples)).append(" trials)\n");
                    }
                }
            }
            case "NOT READY" -> out.append("Not run: ").append(messages.isEmpty() ? "" : messages.get(0)).append(' ')
                    .append("A race test needs the code to work when one thread calls it; make the correctness checks ")
                    .append("of this question pass first, then its race tests run.");
            case "NOT RUN" -> out.append("Not run: the stress run ended before this test (see the other messages).");
            case "ERROR" -> {
                String thrown = messages.stream().map(String::strip)
                        .filter(m -> m.matches("^[\\w.$]+(Exception|Error)(:.*)?$")).findFirst().orElse("an exception");
                out.append("Failed: your code threw ").append(thrown).append(" while the threads ran at the same time. ")
                        .append("If it does not happen when one thread works alone, it is a race: a collection that several ")
                        .append("threads change without one common lock breaks this way.");
            }
            case "TIMEOUT" -> out.append("Failed: the test's threads never all finished, so some thread waited forever ")
                    .append("(it was stopped after jcstress's time limit). A waiting thread was never woken up: a signal ")
                    .append("went to the wrong thread or nowhere, or two threads wait for each other (a deadlock).");
            default -> {
                out.append("Failed: the test could not complete (").append(status).append(").");
                if (!messages.isEmpty()) {
                    out.append(" What the test JVM reported:\n");
                    messages.stream().limit(MESSAGE_LINES).forEach(m -> out.append("  ").append(m).append('\n'));
                }
            }
        }
        return out.toString().strip();
    }

    /** 6100000 -> "6.1 M", 12225 -> "12 225". */
    static String human(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f M", n / 1_000_000.0);
        }
        String digits = Long.toString(n);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return simpleName() + " " + status + " " + outcomes.stream()
                .filter(o -> o.count() > 0).map(o -> o.id() + "=" + o.count()).collect(Collectors.joining(" "));
    }
}
