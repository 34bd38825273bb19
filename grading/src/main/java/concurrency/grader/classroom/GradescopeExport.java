package concurrency.grader.classroom;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Gradescope's "Export Submissions": a folder per submission ({@code submission_123456/}) beside
 * {@code submission_metadata.yml}, which maps each folder to its submitters. Gradescope writes it from Ruby, so
 * keys start with a colon ({@code :submitters:}, {@code :name:}, {@code :email:}) and values may carry Ruby tags;
 * both are read leniently, and nothing in the file is ever turned into an object but strings, lists and maps.
 */
final class GradescopeExport {
    static final String METADATA = "submission_metadata.yml";
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private GradescopeExport() {
    }

    /** The submitters of each submission folder, by folder name. */
    static Map<String, List<Person>> submitters(Path metadata) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(true);
        Object root;
        try (Reader in = Files.newBufferedReader(metadata, StandardCharsets.UTF_8)) {
            root = new Yaml(new Lenient(options)).load(in);
        } catch (RuntimeException malformed) {
            throw new IOException(metadata + " is not readable YAML: " + malformed.getMessage(), malformed);
        }
        Map<String, List<Person>> bySubmission = new LinkedHashMap<>();
        if (!(root instanceof Map<?, ?> submissions)) {
            throw new IOException(metadata + " does not map submission folders to their submitters");
        }
        submissions.forEach((folder, record) -> {
            List<Person> people = new ArrayList<>();
            if (field(record, "submitters") instanceof List<?> submitters) {
                for (Object submitter : submitters) {
                    Object name = field(submitter, "name");
                    Object email = field(submitter, "email");
                    people.add(new Person(name == null ? "" : name.toString(), email == null ? "" : email.toString()));
                }
            }
            bySubmission.put(String.valueOf(folder), people);
        });
        return bySubmission;
    }

    /** A key written as Ruby writes symbols ({@code :name}) or plainly ({@code name}). */
    private static Object field(Object map, String key) {
        if (!(map instanceof Map<?, ?> fields)) {
            return null;
        }
        Object value = fields.get(":" + key);
        return value != null ? value : fields.get(key);
    }

    /** Safe construction, and a tag it does not know (Ruby's) builds the plain string, list or map beneath it. */
    private static final class Lenient extends SafeConstructor {
        Lenient(LoaderOptions options) {
            super(options);
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) {
                        return scalar.getValue();
                    }
                    if (node instanceof SequenceNode sequence) {
                        return constructSequence(sequence);
                    }
                    if (node instanceof MappingNode mapping) {
                        return constructMapping(mapping);
                    }
                    return null;
                }
            });
        }
    }
}
