package concurrency.grader.screen;

/** Why a denied API is denied, in words a student understands. Each reason ends where ", so this question scores 0" follows. */
public enum Family {
    REFLECTION("Code that reaches into other classes' private members, or calls methods by name, can't be graded fairly"),
    CLASS_LOADING("Code that loads or defines classes, or reads the grader's own files, at run time can't be graded fairly"),
    JDK_INTERNALS("Internal JDK classes get around the rules of the Java language, so code that uses them can't be graded fairly"),
    JVM_INSPECTION("Code that inspects or changes the JVM that runs the grader's tests can't be graded fairly"),
    NATIVE_CODE("Native code runs outside the JVM's checks, so code that loads it can't be graded fairly"),
    GRADING_TOOLS("The libraries the grader runs on are not part of this assignment, so code that uses them can't be graded fairly");

    private final String why;

    Family(String why) {
        this.why = why;
    }

    public String why() {
        return why;
    }
}
