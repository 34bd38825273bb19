package concurrency.grader.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small classes that each use one denied API, on the line marked {@code // HIT}: the screen reports
 * that API with the right class, method and line. Compiled together in one javac run, against the
 * test class path so that the grader's own libraries can be named.
 */
class DeniedApiTest {
    private static final String PACKAGE = "concurrency.fixture";

    /**
     * A fixture: a class {@code name} whose static method {@code use()} holds {@code body}; {@code api}
     * must be reported at the body's line marked // HIT.
     */
    record Fixture(String name, String api, String body) {
        String source() {
            return "package " + PACKAGE + ";\n"
                    + "public class " + name + " {\n"
                    + "    public static void use() throws Throwable {\n"
                    + body.indent(8)
                    + "    }\n"
                    + "}\n";
        }

        int hitLine() {
            List<String> lines = source().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("// HIT")) {
                    return i + 1;
                }
            }
            throw new IllegalStateException(name + " marks no line with // HIT");
        }

        @Override
        public String toString() {
            return name + " uses " + api;
        }
    }

    static List<Fixture> fixtures() {
        return List.of(
                new Fixture("SetsAccessible", "java.lang.reflect.Field.setAccessible", """
                        java.lang.reflect.Field value = String.class.getDeclaredField("value");
                        value.setAccessible(true); // HIT
                        """),
                new Fixture("ForName", "java.lang.Class.forName", """
                        Class.forName("concurrency.grader.runner.RunnerMain"); // HIT
                        """),
                new Fixture("DeclaredMethods", "java.lang.Class.getDeclaredMethods", """
                        Object[] methods = String.class.getDeclaredMethods(); // HIT
                        """),
                new Fixture("InvokesMethod", "java.lang.reflect.Method.invoke", """
                        Object hash = Object.class.getMethod("hashCode").invoke(new Object()); // HIT
                        """),
                new Fixture("NewInstance", "java.lang.reflect.Constructor.newInstance", """
                        Object made = String.class.getConstructor().newInstance(); // HIT
                        """),
                new Fixture("Proxy", "java.lang.reflect.Proxy.newProxyInstance", """
                        Object proxy = java.lang.reflect.Proxy.newProxyInstance(null, new Class<?>[0], null); // HIT
                        """),
                new Fixture("FieldClassConstant", "java.lang.reflect.Field", """
                        Object type = java.lang.reflect.Field.class; // HIT
                        """),
                new Fixture("PrivateLookupIn", "java.lang.invoke.MethodHandles.privateLookupIn", """
                        var lookup = java.lang.invoke.MethodHandles.lookup();
                        java.lang.invoke.MethodHandles.privateLookupIn(String.class, lookup); // HIT
                        """),
                new Fixture("LookupDefineClass", "java.lang.invoke.MethodHandles.Lookup.defineClass", """
                        var lookup = java.lang.invoke.MethodHandles.lookup();
                        lookup.defineClass(new byte[0]); // HIT
                        """),
                new Fixture("MethodReference", "java.lang.Class.getClassLoader", """
                        java.util.function.Function<Class<?>, Object> loaderOf = Class::getClassLoader; // HIT
                        """),
                new Fixture("InALambda", "java.lang.Class.forName", """
                        Runnable sneaky = () -> {
                            try {
                                Class.forName("x"); // HIT
                            } catch (ClassNotFoundException e) {
                                throw new IllegalStateException(e);
                            }
                        };
                        """),
                new Fixture("Unsafe", "sun.misc.Unsafe.getLong", """
                        sun.misc.Unsafe unsafe = null;
                        long word = unsafe.getLong(0L); // HIT
                        """),
                new Fixture("Jfr", "new jdk.jfr.Recording", """
                        Object recording = new jdk.jfr.Recording(); // HIT
                        """),
                new Fixture("Management", "java.lang.management.ManagementFactory.getRuntimeMXBean", """
                        Object runtime = java.lang.management.ManagementFactory.getRuntimeMXBean(); // HIT
                        """),
                new Fixture("HeapDump", "com.sun.management.HotSpotDiagnosticMXBean.dumpHeap", """
                        var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
                                com.sun.management.HotSpotDiagnosticMXBean.class);
                        bean.dumpHeap("heap.hprof", true); // HIT
                        """),
                new Fixture("MBeanServer", "java.lang.management.ManagementFactory.getPlatformMBeanServer", """
                        Object server = java.lang.management.ManagementFactory.getPlatformMBeanServer(); // HIT
                        """),
                new Fixture("Attach", "com.sun.tools.attach.VirtualMachine.list", """
                        Object vms = com.sun.tools.attach.VirtualMachine.list(); // HIT
                        """),
                new Fixture("Instrumentation", "java.lang.instrument.Instrumentation.getAllLoadedClasses", """
                        java.lang.instrument.Instrumentation instrumentation = null;
                        instrumentation.getAllLoadedClasses(); // HIT
                        """),
                new Fixture("SystemClassLoader", "java.lang.ClassLoader.loadClass", """
                        ClassLoader.getSystemClassLoader().loadClass("concurrency.grader.runner.Channel"); // HIT
                        """),
                new Fixture("UrlClassLoader", "java.net.URLClassLoader.loadClass", """
                        var loader = new java.net.URLClassLoader(new java.net.URL[0]);
                        loader.loadClass("concurrency.q7.Factorials"); // HIT
                        """),
                new Fixture("ContextClassLoader", "java.lang.Thread.getContextClassLoader", """
                        Object loader = Thread.currentThread().getContextClassLoader(); // HIT
                        """),
                new Fixture("ServiceLoader", "java.util.ServiceLoader.load", """
                        java.util.ServiceLoader.load(Runnable.class); // HIT
                        """),
                new Fixture("ResourceAsStream", "java.lang.Class.getResourceAsStream", """
                        Object jar = ResourceAsStream.class.getResourceAsStream("/bundle/solutions.jar"); // HIT
                        """),
                new Fixture("ModuleOpens", "java.lang.Module.addOpens", """
                        Module mine = ModuleOpens.class.getModule();
                        mine.addOpens("concurrency.fixture", String.class.getModule()); // HIT
                        """),
                new Fixture("ModuleLayerBoot", "java.lang.ModuleLayer.boot", """
                        Object layer = ModuleLayer.boot(); // HIT
                        """),
                new Fixture("LoadLibrary", "java.lang.System.loadLibrary", """
                        System.loadLibrary("peek"); // HIT
                        """),
                new Fixture("RuntimeLoad", "java.lang.Runtime.load", """
                        Runtime.getRuntime().load("/tmp/peek.so"); // HIT
                        """),
                new Fixture("BeansExpression", "java.beans.Expression.getValue", """
                        new java.beans.Expression(Class.class, "forName", new Object[] {"x"}).getValue(); // HIT
                        """),
                new Fixture("JunitReflectionUtils", "org.junit.platform.commons.util.ReflectionUtils.tryToReadFieldValue", """
                        Object nonce = org.junit.platform.commons.util.ReflectionUtils.tryToReadFieldValue( // HIT
                                Object.class, "nonce", null);
                        """),
                new Fixture("AssertJ", "org.assertj.core.api.Assertions.assertThat", """
                        org.assertj.core.api.Assertions.assertThat(1).isEqualTo(1); // HIT
                        """),
                new Fixture("Jackson", "new com.fasterxml.jackson.databind.ObjectMapper", """
                        Object mapper = new com.fasterxml.jackson.databind.ObjectMapper(); // HIT
                        """),
                new Fixture("StressRunner", "concurrency.stress.StressRun.matchingTests", """
                        concurrency.stress.StressRun.matchingTests("^concurrency"); // HIT
                        """),
                new Fixture("Grader", "concurrency.grader.screen.ApiScreen.explain", """
                        concurrency.grader.screen.ApiScreen.explain(java.util.List.of()); // HIT
                        """));
    }

    /** Classes whose declaration is what is denied: no method, no line. */
    static final Map<String, String> DECLARATIONS = Map.of(
            "ExtendsClassLoader", "public class ExtendsClassLoader extends ClassLoader {\n"
                    + "    Class<?> define(byte[] code) { return defineClass(null, code, 0, code.length); }\n}\n",
            "ExtendsUrlClassLoader", "public class ExtendsUrlClassLoader extends java.net.URLClassLoader {\n"
                    + "    ExtendsUrlClassLoader() { super(new java.net.URL[0]); }\n}\n",
            "Handler", "public class Handler implements java.lang.reflect.InvocationHandler {\n"
                    + "    public Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args) { return null; }\n}\n",
            "Native", "public class Native {\n    native long peek(long address);\n}\n");
    static final Map<String, String> DECLARATION_APIS = Map.of(
            "ExtendsClassLoader", "java.lang.ClassLoader",
            "ExtendsUrlClassLoader", "java.net.URLClassLoader",
            "Handler", "java.lang.reflect.InvocationHandler",
            "Native", "a native method (peek)");

    @TempDir
    static Path work;
    private static List<Finding> findings;

    @BeforeAll
    static void compileAndScreen() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        fixtures().forEach(f -> sources.put(PACKAGE + "." + f.name(), f.source()));
        DECLARATIONS.forEach((name, body) -> sources.put(PACKAGE + "." + name, "package " + PACKAGE + ";\n" + body));
        Path classes = Javac.compileInline(sources, work, Path.of(System.getProperty("java.class.path")));
        findings = ApiScreen.screen(classes);
        System.out.println(ApiScreen.explain(findings));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsTheApiWhereItIsUsed(Fixture fixture) {
        List<Finding> mine = findingsOf(fixture.name());
        String method = fixture.name().equals("InALambda") ? "lambda$use$0" : "use";

        assertThat(mine).as(fixture.source()).contains(
                new Finding(fixture.api(), PACKAGE + "." + fixture.name(), method, fixture.hitLine(), whyOf(mine, fixture.api())));
    }

    static Stream<String> declarations() {
        return DECLARATIONS.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void reportsADeniedDeclaration(String name) {
        List<Finding> mine = findingsOf(name);
        String api = DECLARATION_APIS.get(name);
        String method = name.equals("Native") ? "peek" : "";

        assertThat(mine).as(DECLARATIONS.get(name)).contains(new Finding(api, PACKAGE + "." + name, method, 0, whyOf(mine, api)));
    }

    private static List<Finding> findingsOf(String name) {
        return findings.stream().filter(f -> f.className().equals(PACKAGE + "." + name)).toList();
    }

    /** The reason is checked by the explanation tests; here it is whatever the finding of that API says. */
    private static String whyOf(List<Finding> mine, String api) {
        return mine.stream().filter(f -> f.api().equals(api)).map(Finding::why).findFirst().orElse("(not reported)");
    }
}
