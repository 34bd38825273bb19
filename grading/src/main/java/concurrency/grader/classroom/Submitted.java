package concurrency.grader.classroom;

import java.nio.file.Path;
import java.util.List;

/**
 * One submission as found in the submissions folder, before anything of it is read.
 *
 * @param name    its file or folder name there (unique in the folder)
 * @param source  the folder or zip file itself
 * @param refusal why it is not read at all ({@link Shape#REFUSED} only)
 */
record Submitted(String name, Path source, Shape shape, List<Person> people, String refusal) {
    enum Shape { FOLDER, ZIP, REFUSED }

    Submitted {
        people = List.copyOf(people);
    }

    static Submitted refused(String name, Path source, String why) {
        return new Submitted(name, source, Shape.REFUSED, List.of(new Person(stem(name), "")), why);
    }

    /** The name without a .zip ending: the student's name when the file name is all we know. */
    static String stem(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }
}
