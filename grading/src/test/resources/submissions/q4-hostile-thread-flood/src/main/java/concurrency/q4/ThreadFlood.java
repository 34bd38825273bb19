package concurrency.q4;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/** Hostile: once per JVM, starts 5000 threads that never end: far more than any question needs. */
final class ThreadFlood {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ThreadFlood() {
    }

    static void once() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < 5000; i++) {
                Thread parked = new Thread(LockSupport::park);
                parked.setDaemon(true);
                parked.start();
            }
        } catch (OutOfMemoryError limitReached) {
            // the grader's limit held; carry on as if nothing happened
        }
    }
}
