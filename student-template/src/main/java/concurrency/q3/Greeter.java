package concurrency.q3;

/** The program that each child of {@link Spawner#greetAll(int)} runs. */
public final class Greeter {
    private Greeter() {
    }

    /**
     * Prints one line, exactly {@code Hello, <name> from process <pid>}, where the name is the arguments
     * joined by single spaces and the pid is the id of the process this code runs in (see
     * {@link ProcessHandle}). For example, with the argument {@code "Process 2"}:
     * {@code Hello, Process 2 from process 41317}.
     *
     * @param args the name to greet
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("TODO Q3: Greeter.main");
    }
}
