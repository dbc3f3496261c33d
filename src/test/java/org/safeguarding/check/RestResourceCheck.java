package org.safeguarding.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * REST resources as Jira 10+ needs them: in a package the {@code <rest>} module scans; every resource method with an
 * access annotation (REST v2 denies unannotated methods, [secure endpoints]); every write accepting JSON only, so
 * that a cross-site form cannot post to it.
 */
public final class RestResourceCheck {
    static final String ACCESS_ANNOTATIONS = "com.atlassian.plugins.rest.api.security.annotation.";
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final String JSON = "application/json";

    private RestResourceCheck() {
    }

    public static List<String> check(PluginJar jar, Flavour flavour) {
        List<String> problems = new ArrayList<>();
        List<String> packages = restPackages(jar, problems);
        try (HostClassLoader loader = new HostClassLoader(jar.file())) {
            for (String path : jar.pathsEndingWith(".class")) {
                Class<?> type = Class.forName(PluginJar.classNameOf(path), false, loader);
                if (annotation(type, flavour.api("javax.ws.rs.Path")) != null) {
                    checkResource(type, path, packages, flavour, problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(jar.name() + ": a class cannot be loaded to check it: " + e);
        }
        return problems;
    }

    private static void checkResource(Class<?> type, String path, List<String> packages, Flavour flavour,
                                      List<String> problems) {
        if (packages.stream().noneMatch(rest -> type.getPackageName().equals(rest)
                || type.getPackageName().startsWith(rest + "."))) {
            problems.add(path + ": resource is outside the packages the <rest> module scans " + packages
                    + ", so Jira never serves it");
        }
        boolean classAccess = hasAccessAnnotation(type);
        for (Method method : type.getDeclaredMethods()) {
            String httpMethod = httpMethod(method, flavour);
            if (httpMethod == null) {
                continue;
            }
            if (!classAccess && !hasAccessAnnotation(method)) {
                problems.add(path + ": " + httpMethod + " " + method.getName() + " has no access annotation from "
                        + ACCESS_ANNOTATIONS + "*, so Jira 10 and later deny every request to it");
            }
            if (WRITES.contains(httpMethod) && !consumesOnlyJson(method, type, flavour)) {
                problems.add(path + ": " + httpMethod + " " + method.getName()
                        + " must accept application/json only (@Consumes), so a cross-site form cannot post to it");
            }
        }
    }

    private static String httpMethod(Method method, Flavour flavour) {
        return HTTP_METHODS.stream().filter(name -> annotation(method, flavour.api("javax.ws.rs." + name)) != null)
                .findFirst().orElse(null);
    }

    private static boolean consumesOnlyJson(Method method, Class<?> type, Flavour flavour) {
        String consumes = flavour.api("javax.ws.rs.Consumes");
        Annotation annotation = annotation(method, consumes) != null ? annotation(method, consumes)
                : annotation(type, consumes);
        if (annotation == null) {
            return false;
        }
        try {
            String[] types = (String[]) annotation.annotationType().getMethod("value").invoke(annotation);
            return Arrays.stream(types).allMatch(JSON::equals);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasAccessAnnotation(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().getName().startsWith(ACCESS_ANNOTATIONS));
    }

    private static Annotation annotation(AnnotatedElement element, String name) {
        return Arrays.stream(element.getAnnotations())
                .filter(annotation -> annotation.annotationType().getName().equals(name)).findFirst().orElse(null);
    }

    private static List<String> restPackages(PluginJar jar, List<String> problems) {
        Document descriptor = Xml.parse(jar, PluginJar.DESCRIPTOR, problems);
        if (descriptor == null) {
            return List.of();
        }
        NodeList packages = descriptor.getElementsByTagName("package");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < packages.getLength(); i++) {
            names.add(packages.item(i).getTextContent().strip());
        }
        return names.stream().distinct().collect(Collectors.toList());
    }
}
