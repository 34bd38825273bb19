package concurrency.grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java sources of a submission, grouped by the package they declare. Any layout works (Maven's
 * {@code src/main/java}, a flat upload): a file belongs where its {@code package} line says.
 * Test sources ({@code src/test}) and non-Java files are ignored.
 *
 * <p>A submission is untrusted input: symbolic links are never followed (a link could point at the
 * reference on the grading machine, or at another student's file), and sizes are capped, so that
 * neither reading nor compiling a submission can take the grader down.
 *
 * @param problems why a package cannot be graded (a file too large, too much code), by package name
 * @param notes    what the grader left out of the submission and why, for the student to read
 */
public record Submission(Path root, Map<String, List<Path>> sourcesByPackage, Map<String, String> problems, List<String> links,
                         List<String> notes) {
    /** At most this many links are named; the rest are counted. */
    static final int MAX_LINKS_NAMED = 10;
    private static final int MAX_NAME = 200;
    static final long MAX_FILE_BYTES = 256 * 1024;
    static final long MAX_PACKAGE_BYTES = 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    /** Enough of a file to find its package line; the rest of an over-long file is never read. */
    private static final int HEAD_BYTES = 64 * 1024;

    public static Submission scan(Path root) throws IOException {
        Map<String, List<Path>> byPackage = new TreeMap<>();
        Map<String, Long> bytes = new TreeMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int[] entries = {0};
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String relative = relative(root, dir);
                return relative.equals("src/test") || relative.endsWith("/src/test") || relative.equals("target")
                        || relative.endsWith("/target") || relative.endsWith(".git") ? FileVisitResult.SKIP_SUBTREE : count();
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = relative(root, file);
                if (attrs.isSymbolicLink()) {
                    links.add(relative);
                    return count();
                }
                if (!attrs.isRegularFile() || !relative.endsWith(".java")) {
                    return count();
                }
                String pkg = packageOf(file);
                if (attrs.size() > MAX_FILE_BYTES) {
                    problems.putIfAbsent(pkg, shorten(relative) + " has " + attrs.size() / 1024 + " KB; a source file may have at most "
                            + MAX_FILE_BYTES / 1024 + " KB, so this question was not compiled.");
                    return count();
                }
                if (bytes.merge(pkg, attrs.size(), Long::sum) > MAX_PACKAGE_BYTES) {
                    problems.putIfAbsent(pkg, "The sources of package " + pkg + " add up to more than " + MAX_PACKAGE_BYTES / 1024
                            + " KB, so this question was not compiled.");
                }
                byPackage.computeIfAbsent(pkg, p -> new ArrayList<>()).add(file);
                return count();
            }

            private FileVisitResult count() {
                return ++entries[0] > MAX_ENTRIES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        if (entries[0] > MAX_ENTRIES) {
            notes.add("The submission holds more than " + MAX_ENTRIES + " files and folders; the grader read only the first "
                    + MAX_ENTRIES + ". Submit your sources, not build output or libraries.");
        }
        links.stream().limit(MAX_LINKS_NAMED).forEach(link -> notes.add(shorten(link) + LINK_NOTE));
        if (links.size() > MAX_LINKS_NAMED) {
            notes.add("... and " + (links.size() - MAX_LINKS_NAMED) + " more symbolic links, all left out.");
        }
        return new Submission(root, byPackage, problems, List.copyOf(links), List.copyOf(notes));
    }

    private static final String LINK_NOTE = " is a symbolic link: the grader never follows links, so it was left out. "
            + "Submit the file itself.";

    private static String shorten(String name) {
        return name.length() <= MAX_NAME ? name : "..." + name.substring(name.length() - MAX_NAME);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The sources of one question's package, {@code concurrency.qN}, and its sub-packages. */
    public List<Path> sourcesOf(String question) {
        String pkg = "concurrency." + question;
        List<Path> sources = new ArrayList<>();
        sourcesByPackage.forEach((name, files) -> {
            if (name.equals(pkg) || name.startsWith(pkg + ".")) {
                sources.addAll(files);
            }
        });
        return sources;
    }

    /**
     * The notes about symbolic links that lie in this question's folder ({@code .../qN/...}): such a
     * question is not compiled at all, since the link may stand for any file on the grading machine.
     */
    public List<String> linksOf(String question) {
        List<String> inQuestion = links.stream().filter(link -> ("/" + link + "/").contains("/" + question + "/")).toList();
        List<String> named = new ArrayList<>(inQuestion.stream().limit(MAX_LINKS_NAMED).map(l -> shorten(l) + LINK_NOTE).toList());
        if (inQuestion.size() > MAX_LINKS_NAMED) {
            named.add("... and " + (inQuestion.size() - MAX_LINKS_NAMED) + " more symbolic links in this question's folder.");
        }
        return named;
    }

    /** Why one question's sources are not compiled at all, if something is wrong with them. */
    public java.util.Optional<String> problemOf(String question) {
        String pkg = "concurrency." + question;
        return problems.entrySet().stream()
                .filter(e -> e.getKey().equals(pkg) || e.getKey().startsWith(pkg + "."))
                .map(Map.Entry::getValue).findFirst();
    }

    private static String packageOf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return JavaSource.packageName(new String(head, StandardCharsets.UTF_8));
    }
}
