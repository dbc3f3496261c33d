package org.safeguarding.resources;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

/** The directory of helplines and services, and the ones that fit a case. */
public final class ResourceDirectory {
    private static final Comparator<Resource> PANEL_ORDER = Comparator.comparing(Resource::category)
            .thenComparing(Resource::name, String.CASE_INSENSITIVE_ORDER);

    private final List<Resource> entries;

    public ResourceDirectory(List<Resource> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Resource> entries() {
        return entries;
    }

    /** The services for a case in this nation (all nations when not recorded), for a child or an adult. */
    public List<Resource> forCase(Optional<Nation> nation, boolean child) {
        return forCase(nation, child, Optional.empty());
    }

    /** The same, for someone of this gender: a service for women is not offered for a man (§13.3). */
    public List<Resource> forCase(Optional<Nation> nation, boolean child, Optional<Gender> gender) {
        return entries.stream().filter(entry -> !entry.retired() && entry.serves(nation)
                && entry.audience().serves(child) && entry.serves(gender.orElse(null))).sorted(PANEL_ORDER).toList();
    }
}
