package concurrency.q2;

/**
 * The entry point of a worker JVM that {@link ProcessPool} starts. It reads tasks from standard
 * input, one at a time, runs each and writes its result (or a description of its failure) to
 * standard output. Keep that channel clean: what a task prints must go elsewhere (standard error,
 * say). Restrict what it deserializes with an {@link java.io.ObjectInputFilter} (see
 * {@link ProcessPool}). It exits when its standard input ends, and also when the JVM that started it
 * dies while a task is running ({@link ProcessHandle#parent()}), so that no worker is ever orphaned.
 */
public final class Worker {

    private Worker() {
    }

    /**
     * Runs tasks until standard input ends.
     *
     * @param args whatever your pool passes (the pool's pid, for example)
     */
    public static void main(String[] args) throws Exception {
        throw new UnsupportedOperationException("TODO Q2: Worker.main");
    }
}
