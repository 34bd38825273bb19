package concurrency.grader;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.patch.VerifyChunk;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One entry of the known-bad corpus ({@code src/test/resources/submissions/<name>/}): what its
 * {@code expected.properties} states, and its sources, which are the reference's with the entry's
 * whole files put over them and its {@code defect.patch} applied. Test code only.
 */
public record CorpusEntry(String name, Kind kind, String question, String what, List<String> loses, List<String> keeps,
        String budget, boolean rewrite, Path dir) {
    public static final Path CORPUS = Path.of("src/test/resources/submissions");
    static final String PATCH = "defect.patch";
    private static final Set<String> KEYS = Set.of("kind", "question", "what", "loses", "keeps", "budget", "form");

    public enum Kind { DEFECT, HOSTILE, ALTERNATIVE }

    /** The names of every entry, sorted; {@code prefix} keeps only those that start with it. */
    public static List<String> names(String prefix) throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.properties")))
                    .map(d -> d.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    /** Reads an entry's metadata; a key that is missing, unknown or malformed fails with the entry's name. */
    public static CorpusEntry load(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("expected.properties"))) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            require(KEYS.contains(key), name, "has an unknown key '" + key + "' (allowed: " + KEYS + ")");
        }
        for (String key : List.of("kind", "question", "what", "loses", "keeps")) {
            require(p.containsKey(key), name, "does not state " + key);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(p.getProperty("kind").strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": kind must be defect, hostile or alternative, not '" + p.getProperty("kind") + "'");
        }
        String form = p.getProperty("form");
        require(form == null || form.strip().equals("rewrite"), name, "form may only be 'rewrite'");
        String budget = p.getProperty("budget");
        require(budget == null || budget.strip().matches("[1-9][0-9]*"), name, "budget must be whole seconds");
        require(!p.getProperty("what").isBlank(), name, "what must say what the entry does");
        return new CorpusEntry(name, kind, p.getProperty("question").strip(), p.getProperty("what").strip(),
                list(p.getProperty("loses")), list(p.getProperty("keeps")), budget == null ? null : budget.strip(), form != null, dir);
    }

    /**
     * Fails, naming the entry, unless it obeys the corpus's rules: loses and keeps split the question's
     * kinds in the rubric, an alternative loses nothing, and whole files stand only for an alternative or a rewrite.
     */
    public CorpusEntry validate() throws IOException {
        Rubric.Question rubric = Rubric.bundled().byId().get(question);
        require(rubric != null, name, "names no question of rubric.json: '" + question + "'");
        Set<String> both = new HashSet<>(loses);
        both.retainAll(keeps);
        require(both.isEmpty(), name, "both loses and keeps " + both);
        Set<String> stated = new HashSet<>(loses);
        stated.addAll(keeps);
        require(stated.equals(rubric.kinds().keySet()), name, "loses and keeps must name exactly the kinds of " + question
                + " in rubric.json " + rubric.kinds().keySet() + ", not " + stated);
        require(kind != Kind.ALTERNATIVE || loses.isEmpty(), name, "is a correct alternative, so it loses nothing");
        require(kind != Kind.DEFECT || !loses.isEmpty(), name, "is a defect, so it must lose something");
        require(Files.exists(dir.resolve(PATCH)) || hasWholeFiles(), name, "has neither " + PATCH + " nor whole files");
        require(!hasWholeFiles() || kind == Kind.ALTERNATIVE || rewrite, name,
                "keeps whole files, which only an alternative or a form=rewrite entry may: store its change as " + PATCH);
        require(!rewrite || hasWholeFiles(), name, "says form=rewrite but has no whole files");
        return this;
    }

    private boolean hasWholeFiles() {
        return Files.isDirectory(dir.resolve("src/main/java"));
    }

    /**
     * Writes the entry's sources into {@code target}: every reference source, the entry's whole files over
     * them, then its patch. A patch that no longer applies fails with the entry's name and the hunk.
     */
    public Path materialize(Path reference, Path target) throws IOException {
        GradedSubmission.copyTree(reference, target);
        if (hasWholeFiles()) {
            GradedSubmission.copyTree(dir.resolve("src/main/java"), target);
        }
        Path patchFile = dir.resolve(PATCH);
        if (Files.exists(patchFile)) {
            UnifiedDiff diff;
            try (InputStream in = Files.newInputStream(patchFile)) {
                diff = UnifiedDiffReader.parseUnifiedDiff(in);
            }
            require(!diff.getFiles().isEmpty(), name, PATCH + " changes no file");
            for (UnifiedDiffFile file : diff.getFiles()) {
                apply(file, target);
            }
        }
        return target;
    }

    private void apply(UnifiedDiffFile file, Path target) throws IOException {
        boolean created = "/dev/null".equals(file.getFromFile());
        require(!"/dev/null".equals(file.getToFile()), name, PATCH + " deletes " + file.getFromFile() + ": an entry only changes or adds files");
        Path changed = target.resolve(file.getToFile());
        require(created != Files.exists(changed), name, PATCH + (created ? " creates " : " changes ") + file.getToFile()
                + (created ? ", which the reference already has" : ", which the reference does not have"));
        List<String> original = created ? List.of() : Files.readAllLines(changed);
        Patch<String> patch = file.getPatch();
        List<String> patched;
        try {
            patched = patch.applyTo(original);
        } catch (PatchFailedException e) {
            throw new IllegalStateException(name + ": " + PATCH + " no longer applies to " + file.getToFile()
                    + " of the reference (" + e.getMessage() + ")" + firstMisfit(patch, original), e);
        }
        Files.createDirectories(changed.getParent());
        Files.writeString(changed, patched.isEmpty() ? "" : String.join("\n", patched) + "\n");
    }

    /** The first hunk whose lines are not where it says in the reference: what a maintainer must look at. */
    private static String firstMisfit(Patch<String> patch, List<String> original) {
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            try {
                if (delta.getSource().verifyChunk(original) == VerifyChunk.OK) {
                    continue;
                }
            } catch (PatchFailedException e) {
                // out of range: this is the hunk
            }
            return "\nthe hunk at line " + (delta.getSource().getPosition() + 1) + " expects:\n  "
                    + String.join("\n  ", delta.getSource().getLines());
        }
        return "";
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void require(boolean holds, String name, String problem) {
        if (!holds) {
            throw new IllegalStateException(name + ": " + problem);
        }
    }
}
