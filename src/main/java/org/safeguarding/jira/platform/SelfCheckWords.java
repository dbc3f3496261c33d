package org.safeguarding.jira.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The self-check in words, for the administration page and the REST API alike: a summary, and for each missing
 * member what is wrong and which parts of the app are switched off because of it.
 */
public final class SelfCheckWords {
    private static final String OURS = "org.safeguarding.jira.";
    /** Packages every part of the app shares: naming them would tell an administrator nothing. */
    private static final Set<String> SHARED = Set.of("platform", "cases");

    private SelfCheckWords() {
    }

    /** One missing member: as a developer writes it, what is wrong, and the parts of the app switched off. */
    public record Line(String member, String problem, List<String> switchedOff) {
    }

    public static String summary(SelfCheck.Result result, Texts texts) {
        if (result.unreadable().isPresent()) {
            return texts.text("safeguarding.selfcheck.unreadable", result.unreadable().get());
        }
        return result.missing().isEmpty() ? texts.text("safeguarding.selfcheck.all-present", result.checked())
                : texts.text("safeguarding.selfcheck.some-missing", result.missing().size(), result.checked());
    }

    public static List<Line> lines(SelfCheck.Result result, Texts texts) {
        return result.missing().stream().map(found -> new Line(found.missing().member().readable(),
                found.missing().problem(), parts(found.reachedFrom(), texts))).toList();
    }

    /**
     * What a part of the app that is switched off says instead, naming the first member it lacks; empty when it runs.
     */
    public static Optional<String> switchedOff(List<SelfCheck.Found> missing, Texts texts) {
        return missing.isEmpty() ? Optional.empty() : Optional.of(texts.text(
                "safeguarding.selfcheck.switched-off.message", missing.get(0).missing().member().readable()));
    }

    /** The parts of the app, in words, that the classes belong to: one per package, shared ones left out. */
    static List<String> parts(Set<String> classes, Texts texts) {
        Set<String> areas = new TreeSet<>();
        for (String className : classes) {
            if (className.startsWith(OURS)) {
                String rest = className.substring(OURS.length());
                String area = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "";
                if (!area.isEmpty() && !SHARED.contains(area)) {
                    areas.add(area);
                }
            }
        }
        return areas.isEmpty() ? List.of(texts.text("safeguarding.selfcheck.area.shared"))
                : areas.stream().map(area -> texts.text("safeguarding.selfcheck.area." + area)).toList();
    }
}
