package concurrency.grader.screen;

/**
 * One use of a denied API in the submission's bytecode.
 *
 * @param api       what was used, as Java names it ({@code java.lang.reflect.Field.setAccessible},
 *                  {@code new java.net.URLClassLoader}, {@code sun.misc.Unsafe}, {@code a native method})
 * @param className the binary name of the class that uses it ({@code concurrency.q4.NumberList})
 * @param method    the method's name in the class file ({@code add}, {@code <init>}, {@code <clinit>},
 *                  {@code lambda$add$0}); empty for the class's declaration and its fields
 * @param line      the source line, or 0 when the class file has none (declarations, fields)
 * @param why       the reason, one clause from {@link Family#why()}
 */
public record Finding(String api, String className, String method, int line, String why) {

    /** One plain sentence for the student. */
    public String sentence() {
        return where() + " uses " + api + ", which this assignment never needs. " + why
                + ", so this question scores 0. If you think you need it, ask your instructor.";
    }

    /** Where in the student's source: {@code NumberList.add (line 12)}, {@code a lambda in NumberList.add (line 14)},
     * {@code the declaration of Loader} (its superclass, interfaces and fields). */
    public String where() {
        String type = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        String place;
        if (method.isEmpty()) {
            place = "the declaration of " + type;
        } else if (method.equals("<init>")) {
            place = "the constructor of " + type;
        } else if (method.equals("<clinit>")) {
            place = "the static initializer of " + type;
        } else if (method.startsWith("lambda$") && method.split("\\$").length >= 3) {
            String enclosing = method.split("\\$")[1];
            place = "a lambda in " + type + (enclosing.equals("static") || enclosing.equals("new") ? "" : "." + enclosing);
        } else {
            place = type + "." + method;
        }
        return line > 0 ? place + " (line " + line + ")" : place;
    }

    @Override
    public String toString() {
        return sentence();
    }
}
