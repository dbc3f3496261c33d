package org.safeguarding.jira.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The list of Jira API members the build wrote into the jar ({@code META-INF/safeguarding/host-api.txt}), with which
 * of our classes use which of ours, so a missing member can be traced to every part of the app that reaches it.
 */
public final class HostApiInventory {
    public static final String RESOURCE = "/META-INF/safeguarding/host-api.txt";

    private final String servletRoot;
    private final List<HostMember> members;
    private final Map<String, Set<String>> uses;
    private final Map<String, Set<String>> usedBy = new HashMap<>();

    HostApiInventory(String servletRoot, List<HostMember> members, Map<String, Set<String>> uses) {
        this.servletRoot = servletRoot;
        this.members = List.copyOf(members);
        this.uses = Map.copyOf(uses);
        uses.forEach((user, used) -> used.forEach(one -> usedBy.computeIfAbsent(one, key -> new HashSet<>())
                .add(user)));
    }

    /** @throws IllegalArgumentException naming the line that is not in the build's format */
    public static HostApiInventory read(InputStream in) throws IOException {
        String servletRoot = null;
        List<HostMember> members = new ArrayList<>();
        Map<String, Set<String>> uses = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split(" ");
                if (words[0].equals("servlet") && words.length == 2) {
                    servletRoot = words[1];
                } else if (words[0].equals("uses") && words.length <= 3) {
                    uses.put(words[1], words.length == 3 ? Set.of(words[2].split(",")) : Set.of());
                } else if (words[0].equals("class") && words.length == 5 && words[3].equals("by")) {
                    members.add(new HostMember(HostMember.Kind.CLASS, words[1], null, null, use(words[2], line),
                            users(words[4])));
                } else if ((words[0].equals("method") || words[0].equals("field")) && words.length == 7
                        && words[5].equals("by")) {
                    members.add(new HostMember(HostMember.Kind.valueOf(words[0].toUpperCase(Locale.ROOT)), words[1],
                            words[2], words[3], use(words[4], line), users(words[6])));
                } else {
                    throw notALine(line);
                }
            }
        }
        if (servletRoot == null) {
            throw new IllegalArgumentException("the host API list does not say how the servlet API was compiled");
        }
        return new HostApiInventory(servletRoot, members, uses);
    }

    private static HostMember.Use use(String token, String line) {
        try {
            return HostMember.Use.ofToken(token);
        } catch (IllegalArgumentException e) {
            throw notALine(line);
        }
    }

    private static IllegalArgumentException notALine(String line) {
        return new IllegalArgumentException("not a line of the host API list: " + line);
    }

    private static Set<String> users(String list) {
        return new HashSet<>(Arrays.asList(list.split(",")));
    }

    public List<HostMember> members() {
        return members;
    }

    /** A servlet class's package root, such as {@code javax/servlet/}: how a build names the servlet API. */
    public static String servletRoot(Class<?> servletClass) {
        String servletPackage = servletClass.getPackageName();
        return servletPackage.substring(0, servletPackage.lastIndexOf('.')).replace('.', '/') + "/";
    }

    /**
     * Renames a listed descriptor's servlet types to how this bundle's classes name them: the list says what the
     * build compiled ({@code javax/servlet/}), and the jira11 jar's classes were renamed to {@code jakarta/servlet/}.
     *
     * @param runningRoot the servlet package root this bundle's own classes use
     */
    public UnaryOperator<String> asRunning(String runningRoot) {
        return descriptor -> descriptor == null || runningRoot.equals(servletRoot) ? descriptor
                : descriptor.replace("L" + servletRoot, "L" + runningRoot);
    }

    /** Our classes that use the member, directly or through any of ours: every part of the app it could break. */
    public Set<String> reachingClasses(HostMember member) {
        return closure(member.users(), usedBy);
    }

    /** Our classes a class can reach, itself included: everything whose Jira members it may call. */
    public Set<String> reachableFrom(String className) {
        return closure(Set.of(className), uses);
    }

    private static Set<String> closure(Set<String> start, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> next = new ArrayDeque<>(start);
        while (!next.isEmpty()) {
            for (String neighbour : edges.getOrDefault(next.pop(), Set.of())) {
                if (seen.add(neighbour)) {
                    next.push(neighbour);
                }
            }
        }
        return seen;
    }
}
