package org.safeguarding.resources;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

/**
 * The directory the app ships with ({@code directory/default-directory.json}): seeded into the admin-editable
 * directory on first start. Every entry names the page its details were checked against.
 */
public final class DefaultDirectory {
    static final String RESOURCE = "/directory/default-directory.json";

    private DefaultDirectory() {
    }

    /** @throws IllegalStateException when the file is missing, unreadable or names an unknown value */
    public static ResourceDirectory load() {
        return new ResourceDirectory(ShippedJson.read(RESOURCE, FileJson.class).entries.stream()
                .map(EntryJson::toResource).toList());
    }

    private static <E extends Enum<E> & Identified> E value(Class<E> type, String id) {
        return Identified.byId(type, id).orElseThrow(() -> new IllegalStateException("the directory " + RESOURCE
                + " names an unknown " + type.getSimpleName() + " '" + id + "'; allowed: " + Identified.ids(type)));
    }

    /** The file: what it is, and its entries. */
    private static final class FileJson {
        @JsonProperty
        String about;
        @JsonProperty
        List<EntryJson> entries = List.of();
    }

    /** One entry as the file spells it. */
    private static final class EntryJson {
        @JsonProperty
        String id;
        @JsonProperty
        String name;
        @JsonProperty
        String phone;
        @JsonProperty
        String url;
        @JsonProperty
        List<String> nations = List.of();
        @JsonProperty
        String audience;
        @JsonProperty
        String category;
        @JsonProperty
        List<String> languages = List.of();
        @JsonProperty
        String verifiedOn;
        @JsonProperty
        String source;
        @JsonProperty
        String notes;
        @JsonProperty
        List<String> genders = List.of();

        Resource toResource() {
            Set<Nation> served = EnumSet.noneOf(Nation.class);
            nations.forEach(nation -> served.add(value(Nation.class, nation)));
            Set<Gender> forGenders = EnumSet.noneOf(Gender.class);
            genders.forEach(gender -> forGenders.add(value(Gender.class, gender)));
            return new Resource(id, name, phone, url, served, value(Audience.class, audience),
                    value(ResourceCategory.class, category), languages,
                    verifiedOn == null ? null : LocalDate.parse(verifiedOn), source, notes, false, forGenders);
        }
    }
}
