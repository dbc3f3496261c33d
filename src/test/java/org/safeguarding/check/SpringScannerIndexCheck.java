package org.safeguarding.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;

/**
 * Spring Scanner builds the plugin's beans from index files that the Atlassian build writes from annotations. We
 * have no scanner Maven plugin, so the index files are kept by hand and this check proves they say exactly what the
 * compiled classes' {@code @Named}, {@code @ComponentImport} and {@code @ExportAsService} annotations say, naming
 * each missing or extra line. Formats, from the scanner runtime: {@code class[#beanName]} and
 * {@code class[#interface,interface]}.
 */
public final class SpringScannerIndexCheck {
    static final String COMPONENT_INDEX = "META-INF/plugin-components/component";
    static final String IMPORT_INDEX = "META-INF/plugin-components/imports";
    static final String EXPORT_INDEX = "META-INF/plugin-components/exports";
    static final String SPRING_CONTEXT = "META-INF/spring/plugin-context.xml";
    static final String SCANNER_NAMESPACE = "http://www.atlassian.com/schema/atlassian-scanner/2";

    private static final Set<String> NAMED = Set.of("javax.inject.Named", "jakarta.inject.Named");
    private static final String EXPORT_AS_SERVICE =
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    private static final String COMPONENT_IMPORT =
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";

    private SpringScannerIndexCheck() {
    }

    public static List<String> check(PluginJar jar) {
        Map<String, String> components = new LinkedHashMap<>();
        Map<String, String> imports = new LinkedHashMap<>();
        Map<String, String> exports = new LinkedHashMap<>();
        for (String path : jar.pathsEndingWith(".class")) {
            ClassFile type = new ClassFile(jar.bytes(path));
            type.classAnnotations().forEach((annotation, value) -> {
                if (NAMED.contains(annotation)) {
                    components.put(line(type.className(), value), "@Named on " + type.className());
                }
                if (EXPORT_AS_SERVICE.equals(annotation)) {
                    exports.put(line(type.className(), value), "@ExportAsService on " + type.className());
                }
            });
            for (ClassFile.AnnotatedMember member : type.membersAnnotatedWith(COMPONENT_IMPORT)) {
                imports.putIfAbsent(line(member.type(), member.value()), "@ComponentImport on " + member.where());
            }
        }
        List<String> problems = new ArrayList<>();
        compare(jar, COMPONENT_INDEX, components, problems);
        compare(jar, IMPORT_INDEX, imports, problems);
        compare(jar, EXPORT_INDEX, exports, problems);
        checkSpringContext(jar, problems);
        return problems;
    }

    private static String line(String className, String beanName) {
        return beanName.isEmpty() ? className : className + "#" + beanName;
    }

    private static void compare(PluginJar jar, String index, Map<String, String> expected, List<String> problems) {
        Set<String> actual = new TreeSet<>();
        for (String raw : jar.text(index).orElse("").split("\n")) {
            String line = raw.strip();
            if (!line.isEmpty() && !actual.add(line)) {
                problems.add(index + ": line '" + line + "' appears twice");
            }
        }
        expected.forEach((line, reason) -> {
            if (!actual.contains(line)) {
                problems.add(index + ": missing line '" + line + "' (" + reason + ")");
            }
        });
        for (String line : actual) {
            if (!expected.containsKey(line)) {
                problems.add(index + ": extra line '" + line + "': no compiled class declares it");
            }
        }
    }

    private static void checkSpringContext(PluginJar jar, List<String> problems) {
        if (!jar.has(SPRING_CONTEXT)) {
            problems.add(SPRING_CONTEXT + ": missing, so Spring never reads the scanner indexes");
            return;
        }
        Document context = Xml.parse(jar, SPRING_CONTEXT, problems);
        if (context != null && context.getElementsByTagNameNS(SCANNER_NAMESPACE, "scan-indexes").getLength() != 1) {
            problems.add(SPRING_CONTEXT + ": needs exactly one <atlassian-scanner:scan-indexes/> in namespace "
                    + SCANNER_NAMESPACE);
        }
    }
}
