package concurrency.grader;

import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --budget-cap [<q>=]<seconds>}: cut the time budgets of every question, or of one, to at
 * most {@code seconds}. Whether the question exists is for the rubric to say.
 */
record BudgetCap(Optional<String> question, int seconds) {
    /** Less than this cannot even start a JVM and load the tests. */
    static final int MIN_SECONDS = 5;

    /** Reads {@code 30} or {@code q4=30}; picocli names the option in front of the message of a bad value. */
    static final class Converter implements ITypeConverter<BudgetCap> {
        @Override
        public BudgetCap convert(String value) {
            int eq = value.indexOf('=');
            Optional<String> question = eq < 0 ? Optional.empty() : Optional.of(value.substring(0, eq).strip());
            int seconds;
            try {
                seconds = Integer.parseInt(value.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of seconds; give e.g. 60 or q4=60");
            }
            if (seconds < MIN_SECONDS) {
                throw new TypeConversionException(seconds + " s is too short to start a JVM; give at least " + MIN_SECONDS);
            }
            return new BudgetCap(question, seconds);
        }
    }
}
