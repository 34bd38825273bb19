package concurrency.grader.screen;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Finds the denied APIs one class refers to: its superclass and interfaces, its field and method
 * descriptors, and in its code every type, field, method, method handle and bootstrap method.
 * The InnerClasses attribute is not read: javac lists {@code MethodHandles$Lookup} there for every lambda.
 */
final class ClassScanner {
    private final ClassNode type;
    private final String className;
    /** Insertion-ordered and duplicate-free: one finding per API, method and line. */
    private final Set<Finding> findings = new LinkedHashSet<>();
    private String method = "";
    private int line;

    private ClassScanner(ClassNode type) {
        this.type = type;
        this.className = Type.getObjectType(type.name).getClassName();
    }

    static Set<Finding> scan(ClassNode type) {
        ClassScanner scanner = new ClassScanner(type);
        scanner.scanDeclaration();
        type.methods.forEach(scanner::scanMethod);
        return scanner.findings;
    }

    private void scanDeclaration() {
        if (type.superName != null) {
            typeUse(type.superName);
        }
        type.interfaces.forEach(this::typeUse);
        for (FieldNode field : type.fields) {
            descriptorUse(field.desc);
        }
    }

    private void scanMethod(MethodNode node) {
        method = node.name;
        line = 0;
        if ((node.access & Opcodes.ACC_NATIVE) != 0) {
            report("a native method (" + node.name + ")", Family.NATIVE_CODE);
        }
        descriptorUse(node.desc);
        if (node.exceptions != null) {
            node.exceptions.forEach(this::typeUse);
        }
        // The exception table has no line of its own: report a caught type at the method's first line.
        line = firstLine(node);
        for (TryCatchBlockNode handler : node.tryCatchBlocks) {
            if (handler.type != null) {
                typeUse(handler.type);
            }
        }
        for (AbstractInsnNode insn : node.instructions) {
            scanInstruction(insn);
        }
        method = "";
        line = 0;
    }

    private void scanInstruction(AbstractInsnNode insn) {
        if (insn instanceof LineNumberNode number) {
            line = number.line;
        } else if (insn instanceof TypeInsnNode typed) {
            typeUse(typed.desc);
        } else if (insn instanceof MultiANewArrayInsnNode array) {
            typeUse(array.desc);
        } else if (insn instanceof FieldInsnNode field) {
            memberUse(field.owner, field.name, field.desc, field.owner.replace('/', '.') + "." + field.name);
        } else if (insn instanceof MethodInsnNode call) {
            memberUse(call.owner, call.name, call.desc, apiName(call.owner, call.name));
        } else if (insn instanceof InvokeDynamicInsnNode dynamic) {
            handleUse(dynamic.bsm);
            for (Object argument : dynamic.bsmArgs) {
                constantUse(argument);
            }
            descriptorUse(dynamic.desc);
        } else if (insn instanceof LdcInsnNode ldc) {
            constantUse(ldc.cst);
        }
    }

    private void constantUse(Object constant) {
        if (constant instanceof Type typeConstant) {
            if (typeConstant.getSort() == Type.METHOD) {
                descriptorUse(typeConstant.getDescriptor());
            } else if (typeConstant.getSort() == Type.OBJECT || typeConstant.getSort() == Type.ARRAY) {
                typeUse(typeConstant.getInternalName());
            }
        } else if (constant instanceof Handle handle) {
            handleUse(handle); // a method reference such as Field::setAccessible is a handle in a lambda's bootstrap arguments
        } else if (constant instanceof ConstantDynamic dynamic) {
            handleUse(dynamic.getBootstrapMethod());
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                constantUse(dynamic.getBootstrapMethodArgument(i));
            }
            descriptorUse(dynamic.getDescriptor());
        }
    }

    private void handleUse(Handle handle) {
        memberUse(handle.getOwner(), handle.getName(), handle.getDesc(), apiName(handle.getOwner(), handle.getName()));
    }

    private void memberUse(String owner, String name, String descriptor, String api) {
        DenyList.ofMember(owner, name, descriptor).ifPresent(family -> report(api, family));
    }

    private void typeUse(String internalName) {
        DenyList.ofType(internalName).ifPresent(family -> report(Type.getObjectType(internalName).getClassName(), family));
    }

    /** A descriptor's denied type, reported by its own name: a field of type Field uses java.lang.reflect.Field. */
    private void descriptorUse(String descriptor) {
        Type described = Type.getType(descriptor);
        if (described.getSort() == Type.METHOD) {
            for (Type argument : described.getArgumentTypes()) {
                descriptorUse(argument.getDescriptor());
            }
            descriptorUse(described.getReturnType().getDescriptor());
        } else if (described.getSort() == Type.OBJECT || described.getSort() == Type.ARRAY) {
            typeUse(described.getInternalName());
        }
    }

    private void report(String api, Family family) {
        findings.add(new Finding(api.replace('$', '.'), className, method, line, family.why()));
    }

    private static String apiName(String owner, String name) {
        String type = Type.getObjectType(owner).getClassName();
        return name.equals("<init>") ? "new " + type : type + "." + name;
    }

    private static int firstLine(MethodNode node) {
        for (AbstractInsnNode insn : node.instructions) {
            if (insn instanceof LineNumberNode number) {
                return number.line;
            }
        }
        return 0;
    }
}
