package concurrency.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The reference, graded once per run of the integration tests, with a result cache: the corpus grades
 * it first and then every entry against that cache (CorpusIT), and a class run starts from a copy of
 * the cache as it was right then (ClassroomIT), instead of grading the reference a second time as its
 * first student (some 70 s of processor time on 2 cores). Whoever asks first grades it; the others wait.
 */
public final class ReferenceGrading {
    private static final Path DIR = Path.of("target", "it-reference").toAbsolutePath();
    private static final Path CACHE = DIR.resolve("cache");
    private static final Path SNAPSHOT = DIR.resolve("cache-after-the-reference");
    private static GradedSubmission graded;

    private ReferenceGrading() {
    }

    /** The reference's grading (in the sandbox, with {@link #cache()}), done on the first call. */
    static synchronized GradedSubmission graded() throws IOException, InterruptedException {
        if (graded == null) {
            deleteTree(DIR); // a run grades the reference itself: nothing of an earlier run is replayed
            graded = GradedSubmission.grade(GradedSubmission.SOLUTIONS, Files.createDirectories(DIR.resolve("graded")),
                    "--cache", CACHE.toString());
            GradedSubmission.copyTree(CACHE, SNAPSHOT);
        }
        return graded;
    }

    /** The cache the reference was graded with; the corpus keeps adding to it. */
    static Path cache() {
        return CACHE;
    }

    /** Copies the cache as it was when the reference had been graded (grading it first if nobody has yet). */
    public static void copyCacheTo(Path target) throws IOException, InterruptedException {
        graded();
        GradedSubmission.copyTree(SNAPSHOT, target);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
