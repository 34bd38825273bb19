package concurrency.testing;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The bad-input checks of one test, reported together: a student who forgot three checks learns
 * of all three in one run, not one per run. A rejection must name the argument as a whole word
 * ("n must not be negative"), so that a message which merely contains the letter cannot pass.
 *
 * <p>Not AssertJ's {@code SoftAssertions}: those build proxy classes with ByteBuddy on first use, which
 * cost a fresh JVM about 0.4 s of processor time to set up and up to 2 s once assertions were made softly
 * (measured on 2 cores), and the grader starts one such JVM per question it grades.
 */
public final class BadInput {
    private final List<String> failures = new ArrayList<>();

    private BadInput() {
    }

    /** Runs {@code checks} and then fails with every one of them that did not hold. */
    public static void checkAll(Consumer<BadInput> checks) {
        BadInput bad = new BadInput();
        checks.accept(bad);
        if (!bad.failures.isEmpty()) {
            int n = bad.failures.size();
            throw new AssertionError(n + (n == 1 ? " bad-input check failed:" : " bad-input checks failed:")
                    + bad.failures.stream().map(failure -> "\n- " + failure.replace("\n", "\n  ")).collect(Collectors.joining()));
        }
    }

    /** Expects {@code code}, described as {@code call}, to throw {@code type} with a message naming {@code argument}. */
    public void rejects(String call, ThrowingCallable code, Class<? extends Throwable> type, String argument) {
        rejects(call, code, List.of(type), argument);
    }

    /** Like {@link #rejects}, for a null argument that may be refused with either exception the Javadoc allows. */
    public void rejectsNull(String call, ThrowingCallable code, String argument) {
        rejects(call, code, List.of(NullPointerException.class, IllegalArgumentException.class), argument);
    }

    /** Expects {@code code} to throw {@code type}, whatever its message (for input that no argument's name describes). */
    public void rejects(String call, ThrowingCallable code, Class<? extends Throwable> type) {
        rejects(call, code, List.of(type), null);
    }

    /** Runs one more assertion of the same test, e.g. that nothing happened; if it fails, its message joins the others. */
    public void check(Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError failed) {
            failures.add(String.valueOf(failed.getMessage()).strip());
        }
    }

    private void rejects(String call, ThrowingCallable code, List<Class<? extends Throwable>> types, String argument) {
        String expected = types.stream().map(Class::getSimpleName).collect(Collectors.joining(" or "));
        Throwable thrown = catchThrowable(code);
        if (thrown == null) {
            fail("%s returned normally, but it should throw %s: check the arguments before doing any work", call, expected);
        } else if (types.stream().noneMatch(type -> type.isInstance(thrown))) {
            fail("%s threw %s, but it should throw %s", call, thrown, expected);
        } else if (argument != null && !namesAsWord(thrown.getMessage(), argument)) {
            fail("%s threw %s as it should, but its message (%s) does not name the argument '%s': say which argument was"
                    + " wrong, by its name", call, thrown.getClass().getSimpleName(), thrown.getMessage(), argument);
        }
    }

    private void fail(String format, Object... arguments) {
        failures.add(String.format(format, arguments));
    }

    private static boolean namesAsWord(String message, String argument) {
        return message != null && Pattern.compile("\\b" + Pattern.quote(argument) + "\\b").matcher(message).find();
    }
}
