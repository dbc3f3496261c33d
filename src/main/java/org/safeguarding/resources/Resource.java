package org.safeguarding.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

/**
 * One helpline or service in the directory.
 *
 * @param id         stable id, lower case with hyphens
 * @param name       the service's name
 * @param phone      its number as people dial it, or null when it has none
 * @param url        its web address (https), or null
 * @param nations    where it serves; empty for the whole UK
 * @param audience   whom it serves
 * @param category   what it is for
 * @param languages  languages it offers beyond English, as people name them; empty when not known
 * @param verifiedOn when the number and address were last checked against the source
 * @param source     where they were checked: the publisher's page
 * @param notes      anything a worker should know before calling, or null
 * @param retired    retired entries stay in the directory for its history but are never shown
 * @param genders    the genders it serves (a service for women, as Scotland's TARA and Northern Ireland's Women's
 *                   Aid project are); empty for anyone
 */
public record Resource(String id, String name, String phone, String url, Set<Nation> nations, Audience audience,
                       ResourceCategory category, List<String> languages, LocalDate verifiedOn, String source,
                       String notes, boolean retired, Set<Gender> genders) {
    public Resource {
        nations = nations == null ? Set.of() : Set.copyOf(nations);
        languages = languages == null ? List.of() : List.copyOf(languages);
        genders = genders == null ? Set.of() : Set.copyOf(genders);
    }

    /** A service for anyone. */
    public Resource(String id, String name, String phone, String url, Set<Nation> nations, Audience audience,
                    ResourceCategory category, List<String> languages, LocalDate verifiedOn, String source,
                    String notes, boolean retired) {
        this(id, name, phone, url, nations, audience, category, languages, verifiedOn, source, notes, retired,
                Set.of());
    }

    /** The same details under this id and retirement: an edit keeps the entry it edits, retiring keeps the rest. */
    public Resource withIdAndRetired(String newId, boolean nowRetired) {
        return new Resource(newId, name, phone, url, nations, audience, category, languages, verifiedOn, source, notes,
                nowRetired, genders);
    }

    /**
     * Whether it serves someone of this gender. Help is never hidden when in doubt: a case whose gender is not
     * recorded, or who preferred not to say, sees every service.
     */
    boolean serves(Gender gender) {
        return genders.isEmpty() || gender == null || gender == Gender.PREFER_NOT_TO_SAY || genders.contains(gender);
    }

    /** Whether it serves a case in this nation; a case whose nation is not recorded sees every service. */
    boolean serves(Optional<Nation> nation) {
        return nations.isEmpty() || nation.map(nations::contains).orElse(true);
    }
}
