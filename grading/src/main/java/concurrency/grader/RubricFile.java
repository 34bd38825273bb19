package concurrency.grader;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --rubric <file>}: a rubric.json read and checked while the arguments are, so a bad one is named as one. */
final class RubricFile implements ITypeConverter<Rubric> {
    @Override
    public Rubric convert(String value) {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new TypeConversionException(value + " is not a file");
        }
        try {
            return Rubric.read(file);
        } catch (JsonProcessingException e) {
            throw new TypeConversionException(value + " is not a rubric: " + e.getOriginalMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new TypeConversionException(value + " is not a rubric: " + e.getMessage());
        }
    }
}
