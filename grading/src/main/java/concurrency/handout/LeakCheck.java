package concurrency.handout;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Proves that a handout holds nothing a student must not have, in any form:
 * <ul>
 *   <li><b>code</b>: no method of any class in the handout (compiled from its sources, or inside its
 *       jars) runs the same instructions as a method of the reference or of a correct alternative of the
 *       corpus ({@link MethodPrints}), unless it is trivial or its class is one of the few that are meant
 *       to be the same in the template and the reference ({@link #MEANT_TO_BE_THE_SAME});</li>
 *   <li><b>written answers</b>: no run of {@link #ANSWER_RUN} consecutive words of a written answer
 *       ({@link WrittenAnswers}) appears in any text file of the handout or any string of its classes;</li>
 *   <li><b>hidden checks</b>: neither the name (the display name or the method name) nor the code of a
 *       hidden test appears, and no hidden test class is there; no hidden design rule's name, and no class
 *       of the hidden design rules ({@code concurrency.qN.HiddenDesign}).</li>
 * </ul>
 */
public final class LeakCheck {
    /**
     * Classes of the template that must be the reference's, byte for byte: the records, enums and interfaces
     * that the specification gives in full. Only records, enums and interfaces may be listed; a plain class
     * listed here is reported as a leak, so the list cannot hide one.
     */
    static final Set<String> MEANT_TO_BE_THE_SAME = Set.of("concurrency/q1/Strategy", "concurrency/q1/WorkloadProfile",
            "concurrency/q2/Task", "concurrency/q3/ChildResult", "concurrency/q4/AddRemoveResult", "concurrency/q6/Outcome",
            "concurrency/q6/Outcome$Success", "concurrency/q6/Outcome$Failure", "concurrency/q8/Timing");
    /**
     * Ten words in a row are a phrase of the answer, not a coincidence (eight already matched advice that a
     * test's message and an answer share by accident: "a thread per stream, or redirect them to files").
     */
    static final int ANSWER_RUN = 10;
    private static final Set<String> TEXT_FILES = Set.of("java", "md", "yml", "yaml", "xml", "properties", "json", "txt", "gitignore");

    /** One thing a student must not have, where it is in the handout, and what it is a copy of. */
    public record Leak(String kind, String where, String copyOf) {
        @Override
        public String toString() {
            return kind + ": " + where + " is " + copyOf;
        }
    }

    /**
     * What must not leak.
     *
     * @param code        classes by origin ("the reference", "corpus entry q7-alt-invokeall"), each by class name
     * @param answers     the written answers
     * @param hiddenTests the compiled hidden test classes, by class name
     * @param hiddenRules the names of the hidden design rules, each with its question
     */
    public record Forbidden(Map<String, Map<String, byte[]>> code, List<WrittenAnswers.Answer> answers, Map<String, byte[]> hiddenTests,
                            Map<String, String> hiddenRules) {
        public Forbidden(Map<String, Map<String, byte[]>> code, List<WrittenAnswers.Answer> answers, Map<String, byte[]> hiddenTests) {
            this(code, answers, hiddenTests, Map.of());
        }
    }

    private LeakCheck() {
    }

    /** What this repository forbids: the reference and the written answers of {@code repo}, the hidden tests of {@code grader}. */
    public static Forbidden forbidden(Path repo, Path grader, Map<String, Map<String, byte[]>> alternatives) throws IOException {
        Map<String, byte[]> graderJar = JarEntries.read(grader);
        Map<String, Map<String, byte[]>> code = new LinkedHashMap<>();
        code.put("the reference", classes(JarEntries.read(graderJar.get("bundle/solutions.jar"))));
        code.putAll(alternatives);
        Map<String, byte[]> tests = classes(JarEntries.read(graderJar.get("bundle/tests.jar")));
        TestSelection selection = new TestSelection(prefixed(tests));
        Map<String, byte[]> hidden = new TreeMap<>();
        selection.hidden().forEach(name -> hidden.put(name, tests.get(name)));
        Map<String, String> hiddenRules = new TreeMap<>();
        for (concurrency.grader.Rubric.Question question : concurrency.grader.Rubric.bundled().questions()) {
            concurrency.grader.design.DesignRules.forQuestion(question.id()).stream()
                    .filter(concurrency.grader.design.DesignCheck::hidden).forEach(rule -> hiddenRules.put(rule.name(), question.id()));
        }
        return new Forbidden(code, WrittenAnswers.in(repo.resolve("solutions/src/main/java")), hidden, hiddenRules);
    }

    /** Every leak in the handout at {@code handout}; empty when it is clean. */
    public static List<Leak> check(Path handout, Forbidden forbidden) throws IOException {
        Map<String, ClassNode> handoutClasses = handoutClasses(handout);
        Map<String, String> texts = texts(handout, handoutClasses);
        List<Leak> leaks = new ArrayList<>();
        leaks.addAll(codeLeaks(handoutClasses, forbidden));
        leaks.addAll(answerLeaks(texts, forbidden.answers()));
        leaks.addAll(hiddenTestLeaks(handoutClasses, texts, forbidden.hiddenTests()));
        leaks.addAll(hiddenRuleLeaks(handoutClasses, texts, forbidden.hiddenRules()));
        return leaks;
    }

    private static List<Leak> codeLeaks(Map<String, ClassNode> handout, Forbidden forbidden) {
        Map<String, String> origins = new HashMap<>(); // method print -> what it is a copy of
        forbidden.code().forEach((origin, classes) -> classes.forEach((name, bytes) -> {
            ClassNode node = node(bytes);
            for (MethodNode method : node.methods) {
                if (!MethodPrints.isTrivial(node, method) && !MEANT_TO_BE_THE_SAME.contains(node.name)) {
                    origins.putIfAbsent(MethodPrints.print(node, method), origin + ": " + node.name + "." + method.name + method.desc);
                }
            }
        }));
        List<Leak> leaks = new ArrayList<>();
        handout.forEach((where, node) -> {
            boolean sameByDesign = MEANT_TO_BE_THE_SAME.contains(node.name);
            if (sameByDesign && !isRecordEnumOrInterface(node)) {
                leaks.add(new Leak("code", where, "listed as meant to be the same as the reference, but it is a plain class: "
                        + "only records, enums and interfaces may be"));
                sameByDesign = false;
            }
            for (MethodNode method : node.methods) {
                if (sameByDesign || MethodPrints.isTrivial(node, method)) {
                    continue;
                }
                String origin = origins.get(MethodPrints.print(node, method));
                if (origin != null) {
                    leaks.add(new Leak("code", where + "." + method.name + method.desc, "the same code as " + origin));
                }
            }
        });
        return leaks;
    }

    private static List<Leak> answerLeaks(Map<String, String> texts, List<WrittenAnswers.Answer> answers) {
        Map<String, WrittenAnswers.Answer> runs = new HashMap<>();
        for (WrittenAnswers.Answer answer : answers) {
            Set<String> question = Words.runs(Words.of(answer.statement()), ANSWER_RUN);
            Words.runs(Words.of(answer.text()), ANSWER_RUN).stream().filter(run -> !question.contains(run))
                    .forEach(run -> runs.putIfAbsent(run, answer));
        }
        List<Leak> leaks = new ArrayList<>();
        texts.forEach((where, text) -> {
            Set<WrittenAnswers.Answer> seen = new LinkedHashSet<>();
            for (String run : Words.runs(Words.of(text), ANSWER_RUN)) {
                WrittenAnswers.Answer answer = runs.get(run);
                if (answer != null && seen.add(answer)) {
                    leaks.add(new Leak("written answer", where, "text of the written answer of " + answer.question().toUpperCase()
                            + " (\"" + answer.heading() + "\"): \"" + run + " ...\""));
                }
            }
        });
        return leaks;
    }

    private static List<Leak> hiddenTestLeaks(Map<String, ClassNode> handout, Map<String, String> texts, Map<String, byte[]> hidden) {
        List<Leak> leaks = new ArrayList<>();
        Map<String, String> prints = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>(); // words of a name -> the hidden test it names
        hidden.forEach((className, bytes) -> {
            ClassNode node = node(bytes);
            String simple = node.name.substring(node.name.lastIndexOf('/') + 1);
            names.put(Words.joined(simple), "the hidden test class " + node.name);
            for (MethodNode method : node.methods) {
                if (!MethodPrints.isTrivial(node, method)) {
                    prints.putIfAbsent(MethodPrints.print(node, method), node.name + "." + method.name);
                }
                String display = displayName(method);
                if (display != null) {
                    names.put(Words.joined(display), "the name of the hidden test " + node.name + "." + method.name + ": \"" + display + "\"");
                    names.put(Words.joined(method.name), "the method name of the hidden test " + node.name + "." + method.name);
                }
            }
        });
        handout.forEach((where, node) -> {
            if (hidden.containsKey(node.name)) {
                leaks.add(new Leak("hidden test", where, "the hidden test class itself"));
            }
            for (MethodNode method : node.methods) {
                String origin = MethodPrints.isTrivial(node, method) ? null : prints.get(MethodPrints.print(node, method));
                if (origin != null) {
                    leaks.add(new Leak("hidden test", where + "." + method.name + method.desc, "the code of the hidden test " + origin));
                }
            }
        });
        texts.forEach((where, text) -> {
            String words = " " + Words.joined(text) + " ";
            names.forEach((name, what) -> {
                if (!name.isBlank() && words.contains(" " + name + " ")) {
                    leaks.add(new Leak("hidden test", where, what));
                }
            });
        });
        return leaks;
    }

    private static List<Leak> hiddenRuleLeaks(Map<String, ClassNode> handout, Map<String, String> texts, Map<String, String> rules) {
        List<Leak> leaks = new ArrayList<>();
        handout.forEach((where, node) -> {
            if (node.name.matches("concurrency/q\\d+/" + concurrency.grader.design.DesignRules.HIDDEN_CLASS + "(\\$.*)?")) {
                leaks.add(new Leak("hidden design rule", where, "a class of the hidden design rules"));
            }
        });
        texts.forEach((where, text) -> {
            String words = " " + Words.joined(text) + " ";
            rules.forEach((name, question) -> {
                if (words.contains(" " + Words.joined(name) + " ")) {
                    leaks.add(new Leak("hidden design rule", where, "the name of a hidden design rule of " + question.toUpperCase()
                            + ": \"" + name + "\""));
                }
            });
        });
        return leaks;
    }

    private static String displayName(MethodNode method) {
        if (method.visibleAnnotations == null) {
            return null;
        }
        for (AnnotationNode annotation : method.visibleAnnotations) {
            if (annotation.desc.equals("Lorg/junit/jupiter/api/DisplayName;") && annotation.values != null) {
                return String.valueOf(annotation.values.get(1));
            }
        }
        return null;
    }

    /**
     * Every class of the handout: its sources compiled here (the main sources, then the tests against them
     * and this JVM's class path, which holds the test libraries), and every class file in it or in a jar in it,
     * at any depth. Build output ({@code target/}) and {@code .git} are not the handout.
     */
    static Map<String, ClassNode> handoutClasses(Path handout) throws IOException {
        Map<String, ClassNode> classes = new TreeMap<>();
        Path compiled = Files.createTempDirectory("handout-classes");
        try {
            compile(handout.resolve("src/main/java"), compiled.resolve("main"), List.of());
            compile(handout.resolve("src/test/java"), compiled.resolve("test"), List.of(compiled.resolve("main")));
            for (String part : List.of("main", "test")) {
                Path root = compiled.resolve(part);
                for (Path file : files(root, ".class")) {
                    ClassNode node = node(Files.readAllBytes(file));
                    classes.put("src/" + part + "/java: " + node.name, node);
                }
            }
        } finally {
            deleteTree(compiled);
        }
        for (Path file : handoutFiles(handout)) {
            String name = handout.relativize(file).toString().replace('\\', '/');
            if (name.endsWith(".class")) {
                classes.put(name, node(Files.readAllBytes(file)));
            } else if (name.endsWith(".jar")) {
                addJar(name, JarEntries.read(file), classes);
            }
        }
        return classes;
    }

    private static void addJar(String where, Map<String, byte[]> jar, Map<String, ClassNode> classes) throws IOException {
        for (Map.Entry<String, byte[]> entry : jar.entrySet()) {
            if (entry.getKey().endsWith(".class") && !entry.getKey().startsWith("META-INF/versions/")) {
                classes.put(where + "!" + entry.getKey(), node(entry.getValue()));
            } else if (entry.getKey().endsWith(".jar")) {
                addJar(where + "!" + entry.getKey(), JarEntries.read(entry.getValue()), classes);
            }
        }
    }

    /** Every text file of the handout, and the string constants of every class, by where they are. */
    static Map<String, String> texts(Path handout, Map<String, ClassNode> classes) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : handoutFiles(handout)) {
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
            if (TEXT_FILES.contains(extension)) {
                try {
                    texts.put(handout.relativize(file).toString().replace('\\', '/'), Files.readString(file, UTF_8));
                } catch (CharacterCodingException e) {
                    texts.put(handout.relativize(file).toString(), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        classes.forEach((where, node) -> {
            StringBuilder strings = new StringBuilder();
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
                        strings.append(text).append('\n');
                    }
                }
            }
            if (strings.length() > 0) {
                texts.put(where, strings.toString());
            }
        });
        return texts;
    }

    private static void compile(Path sources, Path into, List<Path> extraClassPath) throws IOException {
        List<Path> files = files(sources, ".java");
        Files.createDirectories(into);
        if (files.isEmpty()) {
            return;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the leak check compiles the handout: run it on a JDK, not a JRE");
        }
        StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
        extraClassPath.forEach(p -> classPath.append(java.io.File.pathSeparator).append(p));
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
            boolean ok = javac.getTask(errors, manager, null, List.of("-d", into.toString(), "-proc:none", "-nowarn",
                    "-encoding", "UTF-8", "--release", "17", "-cp", classPath.toString()), null, units).call();
            if (!ok) {
                throw new IllegalStateException("the handout's " + sources.getFileName() + " sources do not compile, so they cannot be "
                        + "checked:\n" + errors);
            }
        }
    }

    private static List<Path> handoutFiles(Path handout) throws IOException {
        try (Stream<Path> walk = Files.walk(handout)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                String relative = handout.relativize(f).toString().replace('\\', '/');
                return !relative.startsWith("target/") && !relative.startsWith(".git/");
            }).sorted().toList();
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The class files of a jar's entries, by class name. */
    static Map<String, byte[]> classes(Map<String, byte[]> jar) {
        Map<String, byte[]> classes = new TreeMap<>();
        jar.forEach((name, bytes) -> {
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                classes.put(name.substring(0, name.length() - ".class".length()), bytes);
            }
        });
        return classes;
    }

    private static Map<String, byte[]> prefixed(Map<String, byte[]> classes) {
        Map<String, byte[]> entries = new TreeMap<>();
        classes.forEach((name, bytes) -> entries.put(name + ".class", bytes));
        return entries;
    }

    private static ClassNode node(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        return node;
    }

    private static boolean isRecordEnumOrInterface(ClassNode node) {
        return (node.access & (Opcodes.ACC_RECORD | Opcodes.ACC_ENUM | Opcodes.ACC_INTERFACE)) != 0
                || "java/lang/Record".equals(node.superName) || "java/lang/Enum".equals(node.superName);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
