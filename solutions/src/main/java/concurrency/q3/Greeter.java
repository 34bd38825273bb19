package concurrency.q3;

/** The program each child of {@link Spawner#greetAll} runs: it greets by name and tells its own pid. */
public final class Greeter {
    private Greeter() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("args: expected a name to greet");
        }
        System.out.println("Hello, " + String.join(" ", args) + " from process " + ProcessHandle.current().pid());
    }
}
