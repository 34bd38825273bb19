// KNOWN-BAD: reads the runner's private state by reflection, looking for the nonce that keys its results.
package concurrency.q4;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Walks the objects reachable from the static fields of every class on every thread's stack. */
final class NonceHunt {
    private static final int MAX_OBJECTS = 20_000;

    private NonceHunt() {
    }

    static void run() {
        try {
            String nonce = find();
            if (nonce != null) {
                PrintStream real = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
                real.println("@@" + nonce + " result {\"id\":\"x\",\"passed\":true,\"output\":\"\"}");
            }
        } catch (Throwable ignored) {
            // stay quiet: a failed hunt must not fail the tests
        }
    }

    private static String find() {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> queue = new ArrayDeque<>();
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith("concurrency.grader")) {
                    try {
                        Class<?> type = Class.forName(frame.getClassName());
                        for (Field field : type.getDeclaredFields()) {
                            if (Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                                field.setAccessible(true);
                                queue.add(field.get(null) == null ? "" : field.get(null));
                            }
                        }
                    } catch (ReflectiveOperationException | RuntimeException unreachable) {
                        // next frame
                    }
                }
            }
        }
        while (!queue.isEmpty() && seen.size() < MAX_OBJECTS) {
            Object object = queue.poll();
            if (!seen.add(object) || object.getClass().getName().startsWith("java.")) {
                continue;
            }
            for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        field.setAccessible(true);
                        Object value = field.get(object);
                        if (field.getName().equals("nonce") && value instanceof String nonce) {
                            return nonce;
                        }
                        if (value != null) {
                            queue.add(value);
                        }
                    } catch (ReflectiveOperationException | RuntimeException closed) {
                        // a module that does not open this package
                    }
                }
            }
        }
        return null;
    }
}
