package concurrency.q7;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URL;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Makes one factorial task fail without changing the assignment's API: loads the solution's own
 * {@code concurrency.q7} classes a second time, with every call to {@code Factorials.factorial(int)}
 * (a plain call, or a method reference such as {@code Factorials::factorial}) outside
 * {@code factorial} itself sent to {@link #factorial(int)}, which throws {@link Injected} for
 * {@link #FAILING}. What {@code compute} does with that exception is then plain to see.
 */
public final class FailingTask {
    /** The number whose task fails. */
    public static final int FAILING = 7;

    private static final String FACTORIALS = "concurrency/q7/Factorials";
    private static final String FACTORIAL_DESCRIPTOR = "(I)Ljava/math/BigInteger;";
    private static final String STUB = FailingTask.class.getName().replace('.', '/');

    private FailingTask() {
    }

    /** The exception a task throws for {@link #FAILING}. */
    public static final class Injected extends RuntimeException {
        Injected() {
            super("the test made the task for " + FAILING + "! fail on purpose");
        }
    }

    /** Called instead of {@code Factorials.factorial} by the rewritten classes. */
    public static BigInteger factorial(int n) {
        if (n == FAILING) {
            throw new Injected();
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    /** {@code Factorials} as the solution wrote it, but with the task for {@link #FAILING} failing. */
    public static Class<?> factorialsWithAFailingTask() throws ClassNotFoundException {
        return Class.forName("concurrency.q7.Factorials", true, new Rewriting(Factorials.class));
    }

    /** Child-first for the classes of {@code concurrency.q7} that lie beside {@code Factorials}; the rest from the parent. */
    private static final class Rewriting extends ClassLoader {
        private final String home;

        Rewriting(Class<?> anchor) {
            super(anchor.getClassLoader());
            URL own = anchor.getResource(anchor.getSimpleName() + ".class");
            String url = String.valueOf(own);
            home = url.substring(0, url.length() - (anchor.getSimpleName() + ".class").length());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] code = name.startsWith("concurrency.q7.") ? solutionClass(name) : null;
                    if (code == null) {
                        return super.loadClass(name, resolve);
                    }
                    byte[] rewritten = rewrite(code);
                    loaded = defineClass(name, rewritten, 0, rewritten.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        /** The class file of {@code name} if it comes from where {@code Factorials} does (not the tests). */
        private byte[] solutionClass(String name) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            URL url = getParent().getResource(name.replace('.', '/') + ".class");
            if (url == null || !String.valueOf(url).equals(home + simple + ".class")) {
                return null;
            }
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] rewrite(byte[] code) {
        ClassReader reader = new ClassReader(code);
        ClassWriter writer = new ClassWriter(reader, 0); // same stack shape: no frame to recompute
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private String owner;

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                owner = name;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean factorialItself = owner.equals(FACTORIALS) && name.equals("factorial") && descriptor.equals(FACTORIAL_DESCRIPTOR);
                return factorialItself ? method : new Redirect(method);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static boolean isFactorial(String owner, String name, String descriptor) {
        return owner.equals(FACTORIALS) && name.equals("factorial") && descriptor.equals(FACTORIAL_DESCRIPTOR);
    }

    /** Sends calls and method handles of {@code Factorials.factorial} to the stub. */
    private static final class Redirect extends MethodVisitor {
        Redirect(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && isFactorial(owner, name, descriptor)) {
                owner = STUB;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] redirected = arguments.clone();
            for (int i = 0; i < redirected.length; i++) {
                if (redirected[i] instanceof Handle handle && isFactorial(handle.getOwner(), handle.getName(), handle.getDesc())) {
                    redirected[i] = new Handle(handle.getTag(), STUB, handle.getName(), handle.getDesc(), false);
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, redirected);
        }
    }
}
