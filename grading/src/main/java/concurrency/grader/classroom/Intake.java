package concurrency.grader.classroom;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the submissions of a class in one folder: each subfolder (a cloned repository in any layout, or a folder
 * of loose .java files) and each .zip is one submission, named after itself. A folder holding Gradescope's
 * {@code submission_metadata.yml} (or holding one folder that does) is a Gradescope export, whose submitters'
 * names and emails come from that file. Nothing is followed through a symbolic link; anything that is neither a
 * folder nor a zip is refused with a reason, so it still gets a row.
 */
final class Intake {
    /** A folder is searched this far for a .java file. */
    static final int MAX_ENTRIES = 20_000;
    private static final int NAMES_SHOWN = 5;

    private Intake() {
    }

    /**
     * @param skip folders inside {@code dir} that are not submissions (the output and the cache, when they lie there)
     */
    static List<Submitted> scan(Path dir, Set<Path> skip) throws IOException {
        Path root = exportRoot(dir);
        Path metadata = root.resolve(GradescopeExport.METADATA);
        Map<String, List<Person>> submitters = Files.isRegularFile(metadata, LinkOption.NOFOLLOW_LINKS)
                ? GradescopeExport.submitters(metadata) : Map.of();
        List<Path> children;
        try (Stream<Path> list = Files.list(root)) {
            children = list.sorted().toList();
        }
        List<Submitted> found = new ArrayList<>();
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || name.equals(GradescopeExport.METADATA) || skipped(child, skip)) {
                continue;
            }
            List<Person> people = submitters.getOrDefault(name, List.of());
            if (people.isEmpty()) {
                people = List.of(new Person(Submitted.stem(name), ""));
            }
            BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                found.add(Submitted.refused(name, child, "It is a symbolic link, which the grader never follows: submit "
                        + "the folder or zip itself."));
            } else if (attributes.isDirectory()) {
                found.add(new Submitted(name, child, Submitted.Shape.FOLDER, people, null));
            } else if (attributes.isRegularFile() && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                found.add(new Submitted(name, child, Submitted.Shape.ZIP, people, null));
            } else {
                found.add(Submitted.refused(name, child, "It is neither a folder nor a .zip file, so it was not read: "
                        + "submit your project folder, or a zip of it."));
            }
        }
        return found;
    }

    /** The folder itself, or its only subfolder when that one is a Gradescope export (as the export's zip unpacks). */
    private static Path exportRoot(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(GradescopeExport.METADATA), LinkOption.NOFOLLOW_LINKS)) {
            return dir;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve(GradescopeExport.METADATA), LinkOption.NOFOLLOW_LINKS)) {
            return folders.get(0);
        }
        return dir;
    }

    private static boolean skipped(Path child, Set<Path> skip) {
        Path absolute = child.toAbsolutePath().normalize();
        return skip.stream().anyMatch(s -> s.toAbsolutePath().normalize().equals(absolute));
    }

    /** What a folder holds, as far as grading cares: how many .java files, and the names of a few other files. */
    record Contents(int sources, List<String> others) {
        /** Why there is nothing to grade, in a sentence for the student; empty when there are sources. */
        String noJavaReason() {
            if (others.isEmpty()) {
                return "The submission is empty: no file at all, so there was nothing to grade.";
            }
            return "The submission holds no .java file (it holds " + String.join(", ", others)
                    + (others.size() == NAMES_SHOWN ? ", ..." : "") + "), so there was nothing to grade. Submit your "
                    + "project folder with src/main/java in it.";
        }
    }

    /** Counts the .java files of a folder without following links, skipping .git; bounded by {@link #MAX_ENTRIES}. */
    static Contents contents(Path folder) throws IOException {
        int[] sources = {0};
        int[] entries = {0};
        List<String> others = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git") ? FileVisitResult.SKIP_SUBTREE : next();
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (attrs.isRegularFile() && name.toLowerCase(Locale.ROOT).endsWith(".java")) {
                    sources[0]++;
                } else if (others.size() < NAMES_SHOWN) {
                    others.add(name);
                }
                return next();
            }

            private FileVisitResult next() {
                return ++entries[0] > MAX_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        return new Contents(sources[0], List.copyOf(others));
    }
}
