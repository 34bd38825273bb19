package concurrency.q3;

/** A child main for the tests: prints each argument on a line of its own, then exits with the first as its status. */
public final class Echo {
    private Echo() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println(arg);
        }
        System.out.flush();
        System.exit(Integer.parseInt(args[0]));
    }
}
