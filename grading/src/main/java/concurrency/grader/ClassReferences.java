package concurrency.grader;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/** The classes one class file can reach: what the stress scope and the student handout follow. */
public final class ClassReferences {
    private ClassReferences() {
    }

    /** Every internal class name a class file mentions, and every string constant written as one (for {@code Class.forName}). */
    public static Set<String> namesIn(byte[] code) {
        Set<String> names = new HashSet<>();
        Remapper recorder = new Remapper() {
            @Override
            public String map(String internalName) {
                names.add(internalName);
                return internalName;
            }

            @Override
            public Object mapValue(Object value) {
                if (value instanceof String text) {
                    names.add(text.replace('.', '/'));
                }
                return super.mapValue(value);
            }
        };
        ClassVisitor sink = new ClassVisitor(Opcodes.ASM9, new ClassWriter(0)) {
        };
        new ClassReader(code).accept(new ClassRemapper(sink, recorder), 0);
        return names;
    }
}
