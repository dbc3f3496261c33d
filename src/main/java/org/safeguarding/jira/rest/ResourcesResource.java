package org.safeguarding.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.web.CurrentUser;
import org.safeguarding.jira.web.Texts;
import org.safeguarding.resources.Resource;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * {@code GET /rest/safeguarding/1.0/resources}: the directory of helplines and services, for any logged-in user;
 * {@code ?nation=scotland&child=true} gives the ones for such a case, as the panel shows them.
 */
@Named
@Path("/resources")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ResourcesResource {
    private final CurrentUser currentUser;
    private final DirectorySource directory;
    private final Texts texts;

    @Inject
    public ResourcesResource(CurrentUser currentUser, DirectorySource directory, Texts texts) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.texts = texts;
    }

    @GET
    public Response resources(@QueryParam("nation") String nation, @QueryParam("child") String child) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        List<FieldError> problems = new ArrayList<>();
        Optional<Nation> forNation = Optional.ofNullable(nation).flatMap(id -> Identified.byId(Nation.class, id));
        if (nation != null && forNation.isEmpty()) {
            problems.add(FieldError.of("nation", "safeguarding.error.not-one-of", nation, Identified.ids(Nation.class)));
        }
        if (child != null && !child.equals("true") && !child.equals("false")) {
            problems.add(FieldError.of("child", "safeguarding.error.not-one-of", child, "true, false"));
        }
        if (!problems.isEmpty()) {
            return ErrorsJson.badRequest(problems, texts);
        }
        List<Resource> entries = nation == null && child == null
                ? directory.directory().entries().stream().filter(entry -> !entry.retired()).toList()
                : directory.directory().forCase(forNation, Boolean.parseBoolean(child));
        return Response.ok(new DirectoryJson(entries.stream().map(ResourceJson::new).toList())).build();
    }

    /** The entries. */
    public static final class DirectoryJson {
        @JsonProperty
        final List<ResourceJson> entries;

        DirectoryJson(List<ResourceJson> entries) {
            this.entries = entries;
        }
    }

    /** One entry, every value by its stable id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ResourceJson {
        @JsonProperty
        final String id;
        @JsonProperty
        final String name;
        @JsonProperty
        final String phone;
        @JsonProperty
        final String url;
        @JsonProperty
        final List<String> nations;
        @JsonProperty
        final String audience;
        @JsonProperty
        final String category;
        @JsonProperty
        final List<String> languages;
        @JsonProperty
        final String verifiedOn;
        @JsonProperty
        final String source;
        @JsonProperty
        final String notes;

        ResourceJson(Resource entry) {
            id = entry.id();
            name = entry.name();
            phone = entry.phone();
            url = entry.url();
            nations = entry.nations().stream().map(Nation::id).sorted().toList();
            audience = entry.audience().id();
            category = entry.category().id();
            languages = entry.languages();
            verifiedOn = entry.verifiedOn().toString();
            source = entry.source();
            notes = entry.notes();
        }
    }
}
