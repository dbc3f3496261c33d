package org.safeguarding.jira.directory;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * The directory in Active Objects: one row per entry, never deleted (retiring keeps it), and an append-only row per
 * change with who made it, when, and the entry as it then read; and the fluent speakers' reviews of the
 * explanations, also appended. Each write is one transaction.
 */
@Named
public class AoDirectoryStore implements DirectoryStore {
    static final String RESOURCE_ID = "RESOURCE_ID";
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String RETIRED = "retired";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoDirectoryStore(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public List<Resource> all() {
        return Arrays.stream(ao.find(ResourceEntity.class, Query.select().order("ID")))
                .map(AoDirectoryStore::toResource).toList();
    }

    @Override
    public Optional<Resource> find(String resourceId) {
        return entity(resourceId).map(AoDirectoryStore::toResource);
    }

    @Override
    public Set<String> changedByAnyoneBut(String userKey) {
        return Arrays.stream(ao.find(ResourceChangeEntity.class, Query.select().where("CHANGED_BY <> ?", userKey)))
                .map(ResourceChangeEntity::getResourceId).collect(Collectors.toSet());
    }

    @Override
    public void create(Resource entry, String userKey) {
        DirectoryColumns.requireFits(entry);
        ao.executeInTransaction(() -> {
            ResourceEntity row = ao.create(ResourceEntity.class, Map.of(RESOURCE_ID, entry.id(), "NAME", entry.name(),
                    "AUDIENCE", entry.audience().id(), "CATEGORY", entry.category().id(),
                    "VERIFIED_ON", entry.verifiedOn().toString(), "SOURCE", entry.source()));
            write(row, entry);
            record(CREATED, entry, userKey);
            return null;
        });
    }

    @Override
    public void update(Resource entry, String userKey) {
        DirectoryColumns.requireFits(entry);
        ao.executeInTransaction(() -> {
            write(existing(entry.id()), entry);
            record(UPDATED, entry, userKey);
            return null;
        });
    }

    @Override
    public void retire(String resourceId, String userKey) {
        ao.executeInTransaction(() -> {
            ResourceEntity row = existing(resourceId);
            row.setRetired(true);
            row.save();
            record(RETIRED, toResource(row), userKey);
            return null;
        });
    }

    @Override
    public Map<String, Explanation.Review> reviews() {
        Map<String, Explanation.Review> latest = new HashMap<>();
        for (ExplanationReviewEntity row : ao.find(ExplanationReviewEntity.class, Query.select().order("ID"))) {
            latest.put(row.getLanguage(), new Explanation.Review(row.getReviewedBy(),
                    LocalDate.parse(row.getReviewedOn())));
        }
        return latest;
    }

    @Override
    public void recordReview(String languageTag, Explanation.Review review, String userKey) {
        ao.executeInTransaction(() -> ao.create(ExplanationReviewEntity.class, Map.of("LANGUAGE", languageTag,
                "REVIEWED_BY", review.by(), "REVIEWED_ON", review.on().toString(), "RECORDED_BY", userKey,
                "RECORDED_AT", Instant.now(clock).toString())));
    }

    private Optional<ResourceEntity> entity(String resourceId) {
        return Arrays.stream(ao.find(ResourceEntity.class, Query.select().where(RESOURCE_ID + " = ?", resourceId)))
                .findFirst();
    }

    private ResourceEntity existing(String resourceId) {
        return entity(resourceId).orElseThrow(() -> new IllegalArgumentException("no directory entry " + resourceId));
    }

    private static void write(ResourceEntity row, Resource entry) {
        row.setName(entry.name());
        row.setPhone(entry.phone());
        row.setUrl(entry.url());
        row.setNations(entry.nations().stream().sorted().map(Nation::id).collect(Collectors.joining(",")));
        row.setAudience(entry.audience().id());
        row.setCategory(entry.category().id());
        row.setLanguages(DirectoryColumns.joinedLanguages(entry.languages()));
        row.setVerifiedOn(entry.verifiedOn().toString());
        row.setSource(entry.source());
        row.setNotes(entry.notes());
        row.setGenders(entry.genders().stream().sorted().map(Gender::id).collect(Collectors.joining(",")));
        row.setRetired(entry.retired());
        row.save();
    }

    private void record(String action, Resource entry, String userKey) {
        ao.create(ResourceChangeEntity.class, Map.of(RESOURCE_ID, entry.id(), "ACTION", action,
                "CHANGED_BY", userKey, "CHANGED_AT", Instant.now(clock).toString(), "SNAPSHOT", snapshot(entry)));
    }

    private static String snapshot(Resource entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", entry.id());
        fields.put("name", entry.name());
        fields.put("phone", entry.phone());
        fields.put("url", entry.url());
        fields.put("nations", entry.nations().stream().sorted().map(Nation::id).toList());
        fields.put("audience", entry.audience().id());
        fields.put("category", entry.category().id());
        fields.put("languages", entry.languages());
        fields.put("verifiedOn", entry.verifiedOn().toString());
        fields.put("source", entry.source());
        fields.put("notes", entry.notes());
        fields.put("genders", entry.genders().stream().sorted().map(Gender::id).toList());
        fields.put("retired", entry.retired());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a directory entry did not turn into JSON", e);
        }
    }

    private static Resource toResource(ResourceEntity row) {
        Set<Nation> nations = EnumSet.noneOf(Nation.class);
        if (row.getNations() != null && !row.getNations().isBlank()) {
            Arrays.stream(row.getNations().split(",")).forEach(id -> nations.add(stored(Nation.class, id)));
        }
        List<String> languages = row.getLanguages() == null || row.getLanguages().isBlank() ? List.of()
                : List.of(row.getLanguages().split(DirectoryColumns.LANGUAGE_SEPARATOR));
        Set<Gender> genders = EnumSet.noneOf(Gender.class);
        if (row.getGenders() != null && !row.getGenders().isBlank()) {
            Arrays.stream(row.getGenders().split(",")).forEach(id -> genders.add(stored(Gender.class, id)));
        }
        return new Resource(row.getResourceId(), row.getName(), row.getPhone(), row.getUrl(), nations,
                stored(Audience.class, row.getAudience()), stored(ResourceCategory.class, row.getCategory()), languages,
                LocalDate.parse(row.getVerifiedOn()), row.getSource(), row.getNotes(), row.isRetired(), genders);
    }

    private static <E extends Enum<E> & Identified> E stored(Class<E> type, String id) {
        return Identified.byId(type, id).orElseThrow(() -> new IllegalStateException(
                "the directory table holds an unknown " + type.getSimpleName() + " '" + id + "'"));
    }
}
