package concurrency.grader.screen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The APIs that no question of the assignment needs and that untrusted code could use to reach
 * into the runner JVM (its heap, its private state, its class path) or to run code the grader
 * never compiled. Everything else is allowed: threads, executors, locks, atomics, processes,
 * files and channels, serialization, {@code Class.getName}, records, enums and lambdas.
 * {@code java.io.FileDescriptor} is allowed too: the reference's Q2 worker writes its protocol to
 * {@code FileDescriptor.out}, and the public API reaches no descriptor but 0, 1, 2 and the code's own.
 */
final class DenyList {
    /** Packages denied whole, most specific first. Internal names, so "sun/" never matches "sunny/". */
    private static final List<Map.Entry<String, Family>> PACKAGES = List.of(
            Map.entry("java/lang/reflect/", Family.REFLECTION),
            Map.entry("java/lang/invoke/", Family.REFLECTION),
            Map.entry("java/lang/foreign/", Family.NATIVE_CODE),
            Map.entry("java/lang/management/", Family.JVM_INSPECTION),
            Map.entry("javax/management/", Family.JVM_INSPECTION),
            Map.entry("java/lang/instrument/", Family.JVM_INSPECTION),
            Map.entry("com/sun/management/", Family.JVM_INSPECTION),
            Map.entry("com/sun/tools/attach/", Family.JVM_INSPECTION),
            Map.entry("jdk/jfr/", Family.JVM_INSPECTION),
            Map.entry("sun/", Family.JDK_INTERNALS),
            Map.entry("jdk/", Family.JDK_INTERNALS),
            Map.entry("com/sun/", Family.JDK_INTERNALS),
            // The grading tools on the runner's class path: a library's reflection helper is reflection too.
            Map.entry("concurrency/grader/", Family.GRADING_TOOLS),
            Map.entry("concurrency/testing/", Family.GRADING_TOOLS),
            Map.entry("concurrency/stress/", Family.GRADING_TOOLS),
            Map.entry("org/junit/", Family.GRADING_TOOLS),
            Map.entry("org/opentest4j/", Family.GRADING_TOOLS),
            Map.entry("org/apiguardian/", Family.GRADING_TOOLS),
            Map.entry("org/assertj/", Family.GRADING_TOOLS),
            Map.entry("net/bytebuddy/", Family.GRADING_TOOLS),
            Map.entry("org/openjdk/jcstress/", Family.GRADING_TOOLS),
            Map.entry("com/fasterxml/", Family.GRADING_TOOLS),
            Map.entry("org/objectweb/", Family.GRADING_TOOLS),
            Map.entry("com/tngtech/", Family.GRADING_TOOLS),
            Map.entry("picocli/", Family.GRADING_TOOLS));

    /** Classes denied one by one, with their JDK subclasses (so URLClassLoader counts as a ClassLoader). */
    private static final Map<String, Family> TYPES = Map.of(
            "java/lang/ClassLoader", Family.CLASS_LOADING,
            "java/lang/ModuleLayer", Family.CLASS_LOADING,
            "java/lang/ModuleLayer$Controller", Family.CLASS_LOADING,
            "java/util/ServiceLoader", Family.CLASS_LOADING,
            "java/util/ServiceLoader$Provider", Family.CLASS_LOADING,
            "java/rmi/server/RMIClassLoader", Family.CLASS_LOADING);

    /** Harmless members of denied packages: javac emits them for serializable lambdas, and arrays are just arrays. */
    private static final Set<String> ALLOWED_TYPES = Set.of("java/lang/reflect/Array", "java/lang/invoke/SerializedLambda");

    /** The bootstrap methods javac emits in invokedynamic for lambdas, string concatenation, records and switches. */
    private static final Set<String> JAVAC_BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcat",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch",
            "java/lang/runtime/SwitchBootstraps.enumSwitch");

    /**
     * Members of allowed classes that open a door: reflection and class loading through {@code Class},
     * native libraries through {@code System} and {@code Runtime}, the class path through {@code Module}.
     * ({@code Class.getModule} itself stays allowed: the reference's Q2 filter asks {@code isNamed()}.)
     */
    private static final Map<String, Family> MEMBERS = Map.ofEntries(
            Map.entry("java/lang/Class.forName", Family.REFLECTION),
            Map.entry("java/lang/Class.getField", Family.REFLECTION),
            Map.entry("java/lang/Class.getFields", Family.REFLECTION),
            Map.entry("java/lang/Class.getMethod", Family.REFLECTION),
            Map.entry("java/lang/Class.getMethods", Family.REFLECTION),
            Map.entry("java/lang/Class.getConstructor", Family.REFLECTION),
            Map.entry("java/lang/Class.getConstructors", Family.REFLECTION),
            Map.entry("java/lang/Class.getEnclosingMethod", Family.REFLECTION),
            Map.entry("java/lang/Class.getEnclosingConstructor", Family.REFLECTION),
            Map.entry("java/lang/Class.getRecordComponents", Family.REFLECTION),
            Map.entry("java/lang/Class.newInstance", Family.REFLECTION),
            Map.entry("java/lang/Class.getClassLoader", Family.CLASS_LOADING),
            Map.entry("java/lang/Class.getResource", Family.CLASS_LOADING),
            Map.entry("java/lang/Class.getResourceAsStream", Family.CLASS_LOADING),
            Map.entry("java/lang/Class.getProtectionDomain", Family.CLASS_LOADING),
            Map.entry("java/lang/Module.getClassLoader", Family.CLASS_LOADING),
            Map.entry("java/lang/Module.getResourceAsStream", Family.CLASS_LOADING),
            Map.entry("java/lang/Module.getLayer", Family.CLASS_LOADING),
            Map.entry("java/lang/Module.addOpens", Family.REFLECTION),
            Map.entry("java/lang/Module.addExports", Family.REFLECTION),
            Map.entry("java/lang/Module.addReads", Family.REFLECTION),
            Map.entry("java/lang/Module.addUses", Family.CLASS_LOADING),
            Map.entry("java/lang/System.load", Family.NATIVE_CODE),
            Map.entry("java/lang/System.loadLibrary", Family.NATIVE_CODE),
            Map.entry("java/lang/Runtime.load", Family.NATIVE_CODE),
            Map.entry("java/lang/Runtime.loadLibrary", Family.NATIVE_CODE));

    private DenyList() {
    }

    /** Whether any use of this class is denied; {@code internalName} may be an array descriptor. */
    static Optional<Family> ofType(String internalName) {
        String name = elementOf(internalName);
        if (name == null || ALLOWED_TYPES.contains(name)) {
            return Optional.empty();
        }
        for (Map.Entry<String, Family> denied : PACKAGES) {
            if (name.startsWith(denied.getKey())) {
                return Optional.of(denied.getValue());
            }
        }
        if (name.startsWith("concurrency/")) {
            return Optional.empty(); // the assignment's own packages
        }
        if (name.startsWith("java/beans/") && !name.startsWith("java/beans/PropertyChange")) {
            return Optional.of(Family.REFLECTION); // Statement, Expression, EventHandler and XMLDecoder call methods by name
        }
        if (TYPES.containsKey(name)) {
            return Optional.of(TYPES.get(name));
        }
        if (JdkTypes.find(name).isEmpty()) {
            // Neither the JDK nor the assignment: only the grader's libraries can supply it at run time.
            return name.startsWith("java/") || name.startsWith("javax/") ? Optional.empty() : Optional.of(Family.GRADING_TOOLS);
        }
        for (String superclass : JdkTypes.superclasses(name)) {
            Optional<Family> inherited = ofType(superclass);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    /** Whether calling, reading or referencing this member is denied: its class, the member itself, or a type in its descriptor. */
    static Optional<Family> ofMember(String owner, String name, String descriptor) {
        if (JAVAC_BOOTSTRAPS.contains(owner + "." + name)) {
            return Optional.empty();
        }
        Optional<Family> family = ofType(owner);
        if (family.isEmpty()) {
            family = Optional.ofNullable(MEMBERS.get(owner + "." + name));
        }
        if (family.isEmpty() && owner.equals("java/lang/Class") && name.startsWith("getDeclared") && !name.equals("getDeclaringClass")) {
            family = Optional.of(Family.REFLECTION);
        }
        if (family.isEmpty() && owner.startsWith("concurrency/")) {
            return family; // the assignment's own member: a denied type in its descriptor is reported where it is declared
        }
        return family.isPresent() ? family : ofDescriptor(descriptor);
    }

    /** The first denied type that a field or method descriptor mentions. */
    static Optional<Family> ofDescriptor(String descriptor) {
        int at = descriptor.indexOf('L');
        while (at >= 0) {
            int end = descriptor.indexOf(';', at);
            Optional<Family> family = ofType(descriptor.substring(at + 1, end));
            if (family.isPresent()) {
                return family;
            }
            at = descriptor.indexOf('L', end);
        }
        return Optional.empty();
    }

    /** The class an array descriptor is made of ({@code [Ljava/lang/reflect/Field;} -> {@code java/lang/reflect/Field}); null for primitives. */
    private static String elementOf(String internalName) {
        if (!internalName.startsWith("[")) {
            return internalName;
        }
        String element = internalName.replaceFirst("^\\[+", "");
        return element.startsWith("L") ? element.substring(1, element.length() - 1) : null;
    }
}
