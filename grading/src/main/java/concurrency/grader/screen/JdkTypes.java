package concurrency.grader.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's classes as the grader's own JDK knows them: found through the platform class loader,
 * never initialized, so nothing of the submission or the class path is involved.
 */
final class JdkTypes {
    private static final Map<String, Optional<Class<?>>> CACHE = new ConcurrentHashMap<>();

    private JdkTypes() {
    }

    /** The JDK class of this internal name ({@code java/net/URLClassLoader}), if the JDK has one. */
    static Optional<Class<?>> find(String internalName) {
        return CACHE.computeIfAbsent(internalName, JdkTypes::load);
    }

    /** Internal names of the superclasses of a JDK class, nearest first; empty for a class the JDK lacks. */
    static List<String> superclasses(String internalName) {
        List<String> chain = new ArrayList<>();
        Class<?> type = find(internalName).map(Class::getSuperclass).orElse(null);
        for (; type != null; type = type.getSuperclass()) {
            chain.add(type.getName().replace('.', '/'));
        }
        return chain;
    }

    private static Optional<Class<?>> load(String internalName) {
        try {
            return Optional.of(Class.forName(internalName.replace('/', '.'), false, ClassLoader.getPlatformClassLoader()));
        } catch (ClassNotFoundException | LinkageError notInTheJdk) {
            return Optional.empty();
        }
    }
}
