package concurrency.grader.design;

import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/** What a method's {@code finally} blocks do, read from the exception table. */
public final class Handlers {
    private Handlers() {
    }

    /**
     * Whether some catch-all handler of {@code method} (a {@code finally}, or the catch of Throwable
     * that try-with-resources compiles to) makes a call matching {@code call} before it rethrows.
     */
    public static boolean finallyCalls(MethodNode method, Predicate<MethodInsnNode> call) {
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            if (block.type != null && !block.type.equals("java/lang/Throwable")) {
                continue;
            }
            for (AbstractInsnNode insn = block.handler; insn != null && insn.getOpcode() != Opcodes.ATHROW; insn = insn.getNext()) {
                if (insn instanceof MethodInsnNode invoke && call.test(invoke)) {
                    return true;
                }
            }
        }
        return false;
    }
}
