package concurrency.q1;

/**
 * The main class of the child JVMs that {@link Workloads} starts. It does one kind of work, named
 * by its first argument, and reports on stdout, one result per line:
 * <ul>
 *   <li>{@code sleep <millis> <index>}: waits, then prints the index;</li>
 *   <li>{@code primes <n>...}: prints the prime count of each n, in order;</li>
 *   <li>{@code exit <status>}: ends its own JVM with that status.</li>
 * </ul>
 */
final class WorkloadChild {
    private WorkloadChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        switch (args[0]) {
            case "sleep" -> {
                Thread.sleep(Long.parseLong(args[1]));
                System.out.println(args[2]);
            }
            case "primes" -> {
                for (int i = 1; i < args.length; i++) {
                    System.out.println(Primes.countUpTo(Integer.parseInt(args[i])));
                }
            }
            case "exit" -> System.exit(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("unknown work: " + args[0]);
        }
        System.out.flush();
    }
}
