package concurrency.handout;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A method's code as text that two compilations of the same source share: every instruction with its
 * operands, jumps as instruction positions, and the exception table; line numbers, frames and names of
 * locals left out. Two methods with the same print run the same instructions, whatever they are called
 * and wherever their lines are, also in a class of another name. Also tells trivial methods, which any
 * two programs may share.
 */
final class MethodPrints {
    /**
     * A body shorter than this is one expression or call, which any two programs may write alike (a test's
     * square {@code (long) n * n} is the reference's; so is a library's {@code f -> f.cancel(false)}); the
     * reference's shortest real work, such as {@code ProcessPool.ceilDiv}, takes 8.
     */
    static final int MIN_INSTRUCTIONS = 8;

    private MethodPrints() {
    }

    /** The print of a method of {@code owner}; the owner's own name reads {@code <self>}, so a copy put in another class matches. */
    static String print(ClassNode owner, MethodNode method) {
        Map<LabelNode, Integer> positions = new HashMap<>();
        int position = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof LabelNode label) {
                positions.put(label, position);
            } else if (isReal(insn)) {
                position++;
            }
        }
        StringBuilder out = new StringBuilder();
        for (AbstractInsnNode insn : method.instructions) {
            if (isReal(insn)) {
                out.append(instruction(insn, positions).replace(owner.name, "<self>")).append('\n');
            }
        }
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            out.append("try ").append(positions.get(block.start)).append('-').append(positions.get(block.end)).append(" -> ")
                    .append(positions.get(block.handler)).append(' ').append(block.type).append('\n');
        }
        return out.toString();
    }

    static int size(MethodNode method) {
        int size = 0;
        for (AbstractInsnNode insn : method.instructions) {
            if (isReal(insn)) {
                size++;
            }
        }
        return size;
    }

    /**
     * A method any two programs may share: abstract or native, too short to hold an algorithm, an accessor,
     * a constructor that only passes its arguments on and stores them, or one that only throws a new
     * exception made of constants ({@code throw new UnsupportedOperationException("TODO ...")}).
     */
    static boolean isTrivial(ClassNode owner, MethodNode method) {
        if (method.instructions.size() == 0 || size(method) < MIN_INSTRUCTIONS) {
            return true;
        }
        return onlyStoresArguments(owner, method) || onlyThrowsNew(method);
    }

    private static boolean onlyStoresArguments(ClassNode owner, MethodNode method) {
        if (!method.name.equals("<init>")) {
            return false;
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (!isReal(insn)) {
                continue;
            }
            boolean allowed = switch (insn.getOpcode()) {
                case Opcodes.ALOAD, Opcodes.ILOAD, Opcodes.LLOAD, Opcodes.FLOAD, Opcodes.DLOAD, Opcodes.RETURN -> true;
                case Opcodes.PUTFIELD -> ((FieldInsnNode) insn).owner.equals(owner.name);
                case Opcodes.INVOKESPECIAL -> ((MethodInsnNode) insn).name.equals("<init>");
                default -> false;
            };
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyThrowsNew(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (!isReal(insn)) {
                continue;
            }
            boolean allowed = switch (insn.getOpcode()) {
                case Opcodes.NEW, Opcodes.DUP, Opcodes.LDC, Opcodes.ATHROW, Opcodes.ACONST_NULL -> true;
                case Opcodes.INVOKESPECIAL -> ((MethodInsnNode) insn).name.equals("<init>");
                default -> false;
            };
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReal(AbstractInsnNode insn) {
        return !(insn instanceof LabelNode) && !(insn instanceof LineNumberNode) && !(insn instanceof FrameNode);
    }

    private static String instruction(AbstractInsnNode insn, Map<LabelNode, Integer> positions) {
        String op = Integer.toString(insn.getOpcode());
        if (insn instanceof InsnNode) {
            return op;
        }
        if (insn instanceof IntInsnNode i) {
            return op + " " + i.operand;
        }
        if (insn instanceof VarInsnNode v) {
            return op + " " + v.var;
        }
        if (insn instanceof TypeInsnNode t) {
            return op + " " + t.desc;
        }
        if (insn instanceof FieldInsnNode f) {
            return op + " " + f.owner + "." + f.name + ":" + f.desc;
        }
        if (insn instanceof MethodInsnNode m) {
            return op + " " + m.owner + "." + m.name + m.desc;
        }
        if (insn instanceof InvokeDynamicInsnNode d) {
            StringBuilder args = new StringBuilder();
            for (Object arg : d.bsmArgs) {
                args.append(' ').append(constant(arg));
            }
            return op + " " + d.name + d.desc + " " + constant(d.bsm) + args;
        }
        if (insn instanceof JumpInsnNode j) {
            return op + " -> " + positions.get(j.label);
        }
        if (insn instanceof LdcInsnNode l) {
            return op + " " + constant(l.cst);
        }
        if (insn instanceof IincInsnNode i) {
            return op + " " + i.var + " " + i.incr;
        }
        if (insn instanceof TableSwitchInsnNode t) {
            StringBuilder out = new StringBuilder(op + " " + t.min + ".." + t.max + " default " + positions.get(t.dflt));
            t.labels.forEach(l -> out.append(' ').append(positions.get(l)));
            return out.toString();
        }
        if (insn instanceof LookupSwitchInsnNode s) {
            StringBuilder out = new StringBuilder(op + " " + s.keys + " default " + positions.get(s.dflt));
            s.labels.forEach(l -> out.append(' ').append(positions.get(l)));
            return out.toString();
        }
        if (insn instanceof MultiANewArrayInsnNode m) {
            return op + " " + m.desc + " " + m.dims;
        }
        return op + " " + insn.getClass().getSimpleName();
    }

    private static String constant(Object value) {
        if (value instanceof Handle h) {
            return h.getTag() + ":" + h.getOwner() + "." + h.getName() + h.getDesc();
        }
        if (value instanceof Type t) {
            return "type:" + t.getDescriptor();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }
}
