package concurrency.grader.runner;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the run wrote, measured when it ends: a place it filled (the sandbox gives the run
 * directory and /tmp a fixed size in memory) or a file as large as a file may grow. Writes past
 * these limits fail inside student code with "No space left on device" or "File too large"; this
 * says so to the grader, which reports it as the reason.
 */
public final class SpaceUsed {
    /** The most a file may grow (the grader's file-size limit): a file this large hit it. */
    static final long FILE_LIMIT = 256L << 20;
    private static final int MAX_FILES_LOOKED_AT = 10_000;

    private SpaceUsed() {
    }

    /** The system property that lists the places of a fixed size (the sandbox's tmpfs mounts), separated by ':'. */
    public static final String BOUNDED = "concurrency.grader.bounded";

    static List<Path> boundedPlaces() {
        String list = System.getProperty(BOUNDED, "");
        return Stream.of(list.split(":")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    /**
     * @param runDir  where every file the run wrote is looked at
     * @param bounded places of a fixed size, which may be full
     */
    static List<String> overLimits(Path runDir, List<Path> bounded) {
        List<String> hits = new ArrayList<>();
        Set<FileStore> full = new LinkedHashSet<>();
        for (Path place : bounded) {
            try {
                FileStore store = Files.getFileStore(place);
                long total = store.getTotalSpace();
                if (total > 0 && store.getUsableSpace() < total / 50 && full.add(store)) {
                    hits.add("Your code filled all " + (total >> 20) + " MiB it may write in " + place + ".");
                }
            } catch (IOException e) {
                // a place that is not there was not filled
            }
        }
        List<Path> looked = new ArrayList<>(bounded);
        looked.add(0, runDir);
        for (Path place : new LinkedHashSet<>(looked)) {
            try (Stream<Path> files = Files.walk(place)) {
                files.limit(MAX_FILES_LOOKED_AT).filter(Files::isRegularFile).filter(f -> size(f) >= FILE_LIMIT).findFirst()
                        .ifPresent(f -> hits.add("Your code wrote a file of " + (FILE_LIMIT >> 20)
                                + " MiB, the most a file may have (" + f.getFileName() + ")."));
            } catch (IOException | RuntimeException e) {
                // unreadable: nothing to report
            }
        }
        return List.copyOf(new LinkedHashSet<>(hits));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
