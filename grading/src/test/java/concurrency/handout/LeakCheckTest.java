package concurrency.handout;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** The leak check on small handouts made here: quiet on clean ones, and each kind of leak reported where it is. */
class LeakCheckTest {
    private static final String REFERENCE = """
            package concurrency.q9;

            public final class Counter {
                private final java.util.concurrent.locks.Lock lock = new java.util.concurrent.locks.ReentrantLock();
                private long count;

                public long increment(long by) {
                    lock.lock();
                    try {
                        if (by < 0) { throw new IllegalArgumentException("by: " + by); }
                        count += by;
                        return count;
                    } finally {
                        lock.unlock();
                    }
                }
            }
            """;
    /** The reference's code in a class and method of other names, on other lines, with comments: the same instructions. */
    private static final String COPIED = """
            package concurrency.q9;

            // retyped and spread out
            public final class Tally {
                private final java.util.concurrent.locks.Lock lock = new java.util.concurrent.locks.ReentrantLock();
                private long count;


                public long add(long amount) {
                    lock.lock();
                    try {
                        if (amount < 0) {
                            throw new IllegalArgumentException("by: " + amount);
                        }
                        count += amount;
                        return count;
                    } finally {
                        lock.unlock();
                    }
                }
            }
            """;
    /** A student's start: the same API, other code. */
    private static final String TEMPLATE = """
            package concurrency.q9;

            public final class Counter {
                public long increment(long by) {
                    throw new UnsupportedOperationException("TODO Q9: Counter.increment");
                }
            }
            """;
    private static final String HIDDEN_TEST = """
            package concurrency.q9;

            import org.junit.jupiter.api.DisplayName;
            import org.junit.jupiter.api.Test;

            class CounterHiddenTest {
                @Test
                @DisplayName("increment guards its sum with the one lock of the counter")
                void secretCheck() {
                    long sum = 0;
                    for (int i = 0; i < 10; i++) {
                        sum += new Counter().increment(i);
                    }
                    org.assertj.core.api.Assertions.assertThat(sum).isEqualTo(45);
                }
            }
            """;
    private static final String ANSWER = "<p><b>Processes</b> buy isolation, which threads cannot give: a crash, an exit or a leak "
            + "stays inside the child and ends with it, and the caller only observes an exit status.";

    @TempDir
    Path dir;

    private LeakCheck.Forbidden forbidden() throws IOException {
        return new LeakCheck.Forbidden(Map.of("the reference", compile("reference", Map.of("concurrency/q9/Counter.java", REFERENCE))),
                List.of(new WrittenAnswers.Answer("q9", "The written answer", ANSWER, "")),
                compile("hidden", Map.of("concurrency/q9/Counter.java", TEMPLATE, "concurrency/q9/CounterHiddenTest.java", HIDDEN_TEST))
                        .entrySet().stream().filter(e -> e.getKey().contains("Hidden"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private Path handout(String name, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name);
        write(root, Map.of("src/main/java/concurrency/q9/Counter.java", TEMPLATE, "README.md", "# The assignment\n\nWrite the counter.\n"));
        write(root, files);
        return root;
    }

    @Test
    @DisplayName("a clean handout has no leak")
    void cleanHandout() throws Exception {
        assertThat(LeakCheck.check(handout("clean", Map.of()), forbidden())).isEmpty();
    }

    @Test
    @DisplayName("the reference's method retyped with other names and lines is reported as the reference's code")
    void copiedCode() throws Exception {
        Path handout = handout("copied", Map.of("src/main/java/concurrency/q9/Tally.java", COPIED));

        assertThat(LeakCheck.check(handout, forbidden())).extracting(LeakCheck.Leak::toString).containsExactlyInAnyOrder(
                "code: src/main/java: concurrency/q9/Tally.add(J)J is the same code as the reference: concurrency/q9/Counter.increment(J)J",
                "code: src/main/java: concurrency/q9/Tally.<init>()V is the same code as the reference: concurrency/q9/Counter.<init>()V");
    }

    @Test
    @DisplayName("ten words of a written answer in any text, in other markup, are reported with the question")
    void answerText() throws Exception {
        Path handout = handout("answer", Map.of("hints/q9.md",
                "# Hints\n\n1. Think: **processes buy isolation, which threads cannot give**: a crash, an exit or a leak stays inside.\n"));

        assertThat(LeakCheck.check(handout, forbidden())).singleElement().asString()
                .startsWith("written answer: hints/q9.md is text of the written answer of Q9 (\"The written answer\")");
    }

    @Test
    @DisplayName("a hidden test's class, its code and its name are each reported, also the name alone in a text")
    void hiddenTest() throws Exception {
        Path withClass = handout("hidden", Map.of("src/test/java/concurrency/q9/CounterHiddenTest.java", HIDDEN_TEST));
        Path nameOnly = handout("name", Map.of("hints/q9.md", "A check named \"Increment guards its sum with the one lock of the counter\"."));

        List<String> leaks = LeakCheck.check(withClass, forbidden()).stream().map(LeakCheck.Leak::toString).toList();
        assertThat(leaks).anySatisfy(l -> assertThat(l).startsWith("hidden test: src/test/java: concurrency/q9/CounterHiddenTest").endsWith("the hidden test class itself"))
                .anySatisfy(l -> assertThat(l).startsWith("hidden test: src/test/java: concurrency/q9/CounterHiddenTest.secretCheck()V")
                        .contains("the code of the hidden test"))
                .anySatisfy(l -> assertThat(l).startsWith("hidden test: src/test/java/concurrency/q9/CounterHiddenTest.java")
                        .contains("the name of the hidden test"));
        assertThat(LeakCheck.check(nameOnly, forbidden())).singleElement().asString()
                .startsWith("hidden test: hints/q9.md is the name of the hidden test concurrency/q9/CounterHiddenTest.secretCheck");
    }

    @Test
    @DisplayName("a hidden design rule's name in a text and its HiddenDesign class are reported; the preview jar leaves the class out")
    void hiddenDesignRule() throws Exception {
        LeakCheck.Forbidden rules = new LeakCheck.Forbidden(Map.of(), List.of(), Map.of(),
                Map.of("Counter keeps its sum in one striped cell per thread", "q9"));
        Path handout = handout("rule", Map.of("README.md", "Q9: Counter keeps its sum in one striped cell per thread.\n",
                "src/main/java/concurrency/q9/HiddenDesign.java", "package concurrency.q9;\nfinal class HiddenDesign {\n}\n"));

        assertThat(LeakCheck.check(handout, rules)).extracting(LeakCheck.Leak::toString).containsExactlyInAnyOrder(
                "hidden design rule: README.md is the name of a hidden design rule of Q9: \"Counter keeps its sum in one striped cell per thread\"",
                "hidden design rule: src/main/java: concurrency/q9/HiddenDesign is a class of the hidden design rules");
        assertThat(PreviewJar.isHiddenDesign("concurrency/q9/HiddenDesign.class")).isTrue();
        assertThat(PreviewJar.isHiddenDesign("concurrency/q9/HiddenDesign$1.class")).isTrue();
        assertThat(PreviewJar.isHiddenDesign("concurrency/q9/NumberListDesign.class")).isFalse();
    }

    @Test
    @DisplayName("classes are found inside jars inside jars, as in the grade preview")
    void codeInNestedJars() throws Exception {
        Map<String, byte[]> inner = new TreeMap<>();
        compile("copied", Map.of("concurrency/q9/Tally.java", COPIED)).forEach((name, bytes) -> inner.put(name + ".class", bytes));
        Path handout = handout("jar", Map.of());
        JarEntries.write(Map.of("bundle/inner.jar", JarEntries.toBytes(inner)), handout.resolve("tools/preview.jar"));

        assertThat(LeakCheck.check(handout, forbidden())).extracting(LeakCheck.Leak::toString).anySatisfy(leak -> assertThat(leak)
                .startsWith("code: tools/preview.jar!bundle/inner.jar!concurrency/q9/Tally.class.add(J)J is the same code as the reference"));
    }

    @Test
    @DisplayName("a plain class on the list of classes meant to be the reference's is itself reported: the list cannot hide code")
    void allowListTakesOnlyRecordsEnumsAndInterfaces() throws Exception {
        Path handout = handout("listed", Map.of("src/main/java/concurrency/q1/Strategy.java",
                "package concurrency.q1;\npublic final class Strategy {\n}\n"));

        assertThat(LeakCheck.check(handout, forbidden())).singleElement().asString()
                .contains("concurrency/q1/Strategy").contains("only records, enums and interfaces may be");
    }

    @Test
    @DisplayName("trivial methods (accessors, a throw of a new exception, a constructor that stores its arguments) are never leaks")
    void trivialMethods() throws Exception {
        Map<String, byte[]> classes = compile("trivial", Map.of("concurrency/q9/Box.java", """
                package concurrency.q9;
                public final class Box {
                    private final long value;
                    private final String name;
                    public Box(long value, String name) { this.value = value; this.name = name; }
                    public long value() { return value; }
                    public void todo() { throw new UnsupportedOperationException("TODO Q9: Box.todo and a long message"); }
                    public long work(long x) { long y = x; for (int i = 0; i < 3; i++) { y = y * 31 + i; } return y + value; }
                }
                """));
        ClassNode box = new ClassNode();
        new ClassReader(classes.get("concurrency/q9/Box")).accept(box, 0);
        Map<String, Boolean> trivial = new TreeMap<>();
        for (MethodNode method : box.methods) {
            trivial.put(method.name, MethodPrints.isTrivial(box, method));
        }

        assertThat(trivial).containsEntry("<init>", true).containsEntry("value", true).containsEntry("todo", true).containsEntry("work", false);
    }

    private Map<String, byte[]> compile(String name, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("compile-" + name + "/src");
        Path out = Files.createDirectories(dir.resolve("compile-" + name + "/out"));
        write(src, sources);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-cp", System.getProperty("java.class.path")));
        sources.keySet().forEach(file -> args.add(src.resolve(file).toString()));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes.put(out.relativize(file).toString().replace(".class", ""), Files.readAllBytes(file));
            }
        }
        return classes;
    }

    private static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), UTF_8);
        }
    }
}
