package concurrency.grader.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the questions legitimately need, and what javac emits for it, passes the screen. */
class AllowedApiTest {
    private static final String EVERYDAY = """
            package concurrency.fixture;

            import java.io.*;
            import java.nio.channels.FileChannel;
            import java.nio.channels.FileLock;
            import java.nio.file.*;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.concurrent.atomic.*;
            import java.util.concurrent.locks.*;
            import java.util.function.*;

            public class Everyday {
                enum Colour { RED, GREEN }
                record Point(int x, int y) {}
                interface Task<A extends Serializable, R extends Serializable> extends Serializable { R apply(A a) throws Exception; }

                private final Lock lock = new ReentrantLock();
                private final Condition ready = lock.newCondition();
                private final AtomicLong counter = new AtomicLong();

                public Object everything(Path file, String text, Colour colour) throws Exception {
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    try {
                        Future<Integer> f = pool.submit(() -> text.length());
                        CompletableFuture.supplyAsync(() -> 1, pool).get();
                        f.get();
                    } finally {
                        pool.shutdownNow();
                    }
                    Thread worker = new Thread(counter::incrementAndGet);
                    worker.setUncaughtExceptionHandler((t, e) -> System.err.println(t.getName() + e));
                    worker.start();
                    worker.join();
                    lock.lock();
                    try {
                        ready.signalAll();
                    } finally {
                        lock.unlock();
                    }
                    new Semaphore(1).tryAcquire();
                    synchronized (this) {
                        notifyAll();
                    }
                    Process child = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"), Everyday.class.getName())
                            .redirectErrorStream(true).start();
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    ProcessHandle.current().parent().ifPresent(p -> p.pid());
                    Runtime.getRuntime().exec(new String[] {"true"}).waitFor();
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                         FileLock held = channel.lock()) {
                        Files.writeString(file, text);
                    }
                    // A worker JVM's protocol on its raw stdout, as the reference's Q2 Worker does.
                    DataOutputStream protocol = new DataOutputStream(new FileOutputStream(FileDescriptor.out));
                    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
                    protocol.flush();
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                        Task<Integer, Integer> square = n -> n * n;
                        out.writeObject(square);
                    }
                    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                        in.setObjectInputFilter(info -> info.serialClass() != null && !info.serialClass().getModule().isNamed()
                                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.UNDECIDED);
                        in.readObject();
                    }
                    String names = getClass().getName() + getClass().getSimpleName() + Colour.valueOf("RED") + new Point(1, 2);
                    switch (colour) {
                        case RED -> names += "r";
                        default -> names += "g";
                    }
                    switch (text) {
                        case "a" -> names += "a";
                        default -> names += "b";
                    }
                    Object array = java.lang.reflect.Array.newInstance(int.class, 3);
                    StackWalker.getInstance().forEach(frame -> frame.getMethodName());
                    Thread.getAllStackTraces().keySet().forEach(Thread::getName);
                    if (text.isEmpty()) {
                        Runtime.getRuntime().halt(3);
                        System.exit(3);
                    }
                    Function<String, Integer> length = String::length;
                    return names + length.apply(text) + array;
                }
            }
            """;

    @Test
    @DisplayName("threads, executors, locks, atomics, processes, files, serialization, records, enums and lambdas pass")
    void everydayCodeIsClean(@TempDir Path work) throws IOException {
        Path classes = Javac.compileInline(Map.of("concurrency.fixture.Everyday", EVERYDAY), work, null);

        List<Finding> findings = ApiScreen.screen(classes);

        assertThat(findings).as(ApiScreen.explain(findings)).isEmpty();
    }

    @Test
    @DisplayName("a finding reads as one sentence that names the place, the API and the reason")
    void sentence() {
        Finding finding = new Finding("java.lang.reflect.Field.setAccessible", "concurrency.q4.NumberList", "add", 12,
                Family.REFLECTION.why());

        assertThat(finding.sentence()).isEqualTo("NumberList.add (line 12) uses java.lang.reflect.Field.setAccessible, which this "
                + "assignment never needs. Code that reaches into other classes' private members, or calls methods by name, "
                + "can't be graded fairly, so this question scores 0. If you think you need it, ask your instructor.");
    }

    @Test
    @DisplayName("places name constructors, static initializers, lambdas and nested classes as a student wrote them")
    void places() {
        assertThat(at("concurrency.q4.NumberList", "<init>", 5).where()).isEqualTo("the constructor of NumberList (line 5)");
        assertThat(at("concurrency.q4.NumberList", "<clinit>", 0).where()).isEqualTo("the static initializer of NumberList");
        assertThat(at("concurrency.q4.NumberList", "lambda$add$0", 7).where()).isEqualTo("a lambda in NumberList.add (line 7)");
        assertThat(at("concurrency.q4.NumberList", "lambda$static$1", 7).where()).isEqualTo("a lambda in NumberList (line 7)");
        assertThat(at("concurrency.q6.Outcome$Failure", "", 0).where()).isEqualTo("the declaration of Outcome.Failure");
    }

    @Test
    @DisplayName("the explanation groups repeated uses: the first places, then how many more")
    void explanationGroups() {
        List<Finding> findings = new java.util.ArrayList<>();
        for (int line = 1; line <= 5; line++) {
            findings.add(new Finding("java.lang.Class.forName", "concurrency.q7.Factorials", "compute", line, Family.REFLECTION.why()));
        }
        for (int api = 1; api <= 6; api++) {
            findings.add(new Finding("sun.misc.Unsafe.get" + api, "concurrency.q7.Factorials", "main", 40, Family.JDK_INTERNALS.why()));
        }

        String text = ApiScreen.explain(findings);

        assertThat(text).startsWith("This question scores 0: your code uses APIs that this assignment never needs.\n")
                .contains("- Factorials.compute (line 1), Factorials.compute (line 2), Factorials.compute (line 3) and 2 more "
                        + "places use java.lang.Class.forName. Code that reaches")
                .contains("- Factorials.main (line 40) uses sun.misc.Unsafe.get1. Internal JDK classes")
                .doesNotContain("sun.misc.Unsafe.get5")
                .contains("- and 2 more such APIs.")
                .endsWith("If you think you need one of them, ask your instructor.");
        assertThat(ApiScreen.explain(List.of())).isEmpty();
    }

    private static Finding at(String className, String method, int line) {
        return new Finding("x", className, method, line, "why");
    }
}
