package concurrency.grader.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Gradescope's results.json format as a JSON Schema ({@code gradescope/results.schema.json}), checked by a validator library. */
public final class GradescopeSchema {
    private static final Schema SCHEMA = load();

    private GradescopeSchema() {
    }

    /** Every way {@code json} breaks the format, one line each: empty when it is a valid results.json. */
    public static List<String> problems(JsonNode json) {
        return SCHEMA.validate(json).stream().map(Error::toString).toList();
    }

    public static List<String> problems(Path file) throws IOException {
        return problems(new ObjectMapper().readTree(file.toFile()));
    }

    private static Schema load() {
        try (InputStream in = GradescopeSchema.class.getResourceAsStream("/gradescope/results.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
