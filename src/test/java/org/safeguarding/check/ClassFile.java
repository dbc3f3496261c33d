package org.safeguarding.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What the checks need from one compiled class, read with ASM so nothing is loaded or initialised: its string
 * constants, its class annotations, and the annotated fields and constructor parameters with their types.
 */
public final class ClassFile {
    private static final int CONSTANT_STRING = 8;

    /** An annotation on a field or constructor parameter: where it is, the annotated type and its value(). */
    public record AnnotatedMember(String where, String type, String value) {
    }

    private final String className;
    private final List<String> stringConstants = new ArrayList<>();
    private final Map<String, String> classAnnotations = new LinkedHashMap<>();
    private final Map<String, List<AnnotatedMember>> memberAnnotations = new LinkedHashMap<>();

    public ClassFile(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        className = reader.getClassName().replace('/', '.');
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_STRING) {
                stringConstants.add((String) reader.readConst(item, buffer));
            }
        }
        reader.accept(new Collector(), ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
    }

    public String className() {
        return className;
    }

    public List<String> stringConstants() {
        return stringConstants;
    }

    /** Class-level annotations present, by annotation class name, with their value() ("" when not given). */
    public Map<String, String> classAnnotations() {
        return classAnnotations;
    }

    /** Fields and constructor parameters carrying the given annotation. */
    public List<AnnotatedMember> membersAnnotatedWith(String annotationClass) {
        return memberAnnotations.getOrDefault(annotationClass, List.of());
    }

    private static String nameOf(String descriptor) {
        return Type.getType(descriptor).getClassName();
    }

    private final class Collector extends ClassVisitor {
        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            String annotation = nameOf(descriptor);
            classAnnotations.put(annotation, "");
            return new ValueReader(value -> classAnnotations.put(annotation, value));
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
                    return member(annotationDescriptor, "field " + className + "." + name, nameOf(descriptor));
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if (!"<init>".equals(name)) {
                return null;
            }
            Type[] parameters = Type.getArgumentTypes(descriptor);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotationDescriptor,
                                                                  boolean visible) {
                    return member(annotationDescriptor, "constructor parameter " + parameter + " of " + className,
                            parameters[parameter].getClassName());
                }
            };
        }

        private AnnotationVisitor member(String annotationDescriptor, String where, String type) {
            List<AnnotatedMember> members =
                    memberAnnotations.computeIfAbsent(nameOf(annotationDescriptor), key -> new ArrayList<>());
            int index = members.size();
            members.add(new AnnotatedMember(where, type, ""));
            return new ValueReader(value -> members.set(index, new AnnotatedMember(where, type, value)));
        }
    }

    private static final class ValueReader extends AnnotationVisitor {
        private final java.util.function.Consumer<String> onValue;

        ValueReader(java.util.function.Consumer<String> onValue) {
            super(Opcodes.ASM9);
            this.onValue = onValue;
        }

        @Override
        public void visit(String name, Object value) {
            if ("value".equals(name) && value instanceof String) {
                onValue.accept((String) value);
            }
        }

        /** A Class[] value() (as on @ExportAsService) is reported as the class names joined by commas. */
        @Override
        public AnnotationVisitor visitArray(String name) {
            if (!"value".equals(name)) {
                return null;
            }
            List<String> classes = new ArrayList<>();
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String ignored, Object value) {
                    if (value instanceof Type) {
                        classes.add(((Type) value).getClassName());
                    }
                }

                @Override
                public void visitEnd() {
                    onValue.accept(String.join(",", classes));
                }
            };
        }
    }
}
