package org.safeguarding.jira.directory;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.AdminAccess;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * {@code /rest/safeguarding/1.0/resources}: the directory of helplines and services. Any logged-in user may read it
 * ({@code ?nation=scotland&child=true} gives the ones for such a case, as the panel shows them); only Jira admins,
 * after WebSudo, may add, change or retire entries, in JSON, each change checked before anything is saved.
 */
@Named
@Path("/resources")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ResourcesResource {
    private final CurrentUser currentUser;
    private final DirectorySource directory;
    private final DirectoryEditor editor;
    private final Texts texts;

    @Inject
    public ResourcesResource(CurrentUser currentUser, DirectorySource directory, DirectoryEditor editor,
                             Texts texts) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.editor = editor;
        this.texts = texts;
    }

    @GET
    public Response resources(@QueryParam("nation") String nation, @QueryParam("child") String child,
                              @QueryParam("gender") String gender) {
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
        Optional<Gender> forGender = Optional.ofNullable(gender).flatMap(id -> Identified.byId(Gender.class, id));
        if (gender != null && forGender.isEmpty()) {
            problems.add(FieldError.of("gender", "safeguarding.error.not-one-of", gender, Identified.ids(Gender.class)));
        }
        if (!problems.isEmpty()) {
            return ErrorsJson.badRequest(problems, texts);
        }
        List<Resource> entries = nation == null && child == null && gender == null
                ? directory.directory().entries().stream().filter(entry -> !entry.retired()).toList()
                : directory.directory().forCase(forNation, Boolean.parseBoolean(child), forGender);
        return Response.ok(new DirectoryJson(entries.stream().map(ResourceJson::new).toList())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response add(String body) {
        return asAdmin(() -> {
            ResourceJsonReader.Result read = ResourceJsonReader.read(body);
            return read.entry() == null ? ErrorsJson.badRequest(read.errors(), texts)
                    : answer(editor.add(read.entry(), currentUser.key().orElseThrow()), Response.Status.CREATED);
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response change(@PathParam("id") String id, String body) {
        return asAdmin(() -> {
            ResourceJsonReader.Result read = ResourceJsonReader.read(body);
            return read.entry() == null ? ErrorsJson.badRequest(read.errors(), texts)
                    : answer(editor.change(id, read.entry(), currentUser.key().orElseThrow()), Response.Status.OK);
        });
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response retire(@PathParam("id") String id) {
        return asAdmin(() -> answer(editor.retire(id, currentUser.key().orElseThrow()), Response.Status.OK));
    }

    @GET
    @Path("explanations")
    public Response explanations() {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        return Response.ok(directory.explanations().languages().stream().map(LanguageJson::new).toList()).build();
    }

    /** Records that a fluent speaker checked one language's explanations; the panel then stops warning. */
    @POST
    @Path("explanations/{tag}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response review(@PathParam("tag") String tag, String body) {
        return asAdmin(() -> {
            ReviewJsonReader.Result read = ReviewJsonReader.read(body);
            if (!read.errors().isEmpty()) {
                return ErrorsJson.badRequest(read.errors(), texts);
            }
            DirectoryEditor.Outcome outcome = editor.recordReview(tag, read.by(), read.on(),
                    currentUser.key().orElseThrow());
            return outcome.status() == DirectoryEditor.Outcome.Status.DONE
                    ? Response.ok(directory.explanations().languages().stream()
                            .filter(language -> language.tag().equals(tag)).map(LanguageJson::new).findFirst()
                            .orElseThrow()).build()
                    : problem(outcome, "safeguarding.error.no-such-language");
        });
    }

    private Response asAdmin(Supplier<Response> write) {
        return AdminAccess.asAdmin(currentUser, texts, write);
    }

    /** The editor's outcome as an answer: the entry as now stored, or what to put right, or 404. */
    private Response answer(DirectoryEditor.Outcome outcome, Response.Status done) {
        return outcome.status() == DirectoryEditor.Outcome.Status.DONE
                ? Response.status(done).entity(new ResourceJson(outcome.saved())).build()
                : problem(outcome, "safeguarding.error.no-such-entry");
    }

    /** 400 naming each field to put right, or 404 with what was not found. */
    private Response problem(DirectoryEditor.Outcome outcome, String notFoundKey) {
        return outcome.status() == DirectoryEditor.Outcome.Status.INVALID
                ? ErrorsJson.badRequest(outcome.problems().stream()
                        .map(problem -> FieldError.of(problem.field(), problem.messageKey())).toList(), texts)
                : ErrorsJson.status(Response.Status.NOT_FOUND, notFoundKey, texts);
    }

    /** One language of the explanations and whether a fluent speaker has checked it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class LanguageJson {
        @JsonProperty
        final String tag;
        @JsonProperty
        final String name;
        @JsonProperty
        final boolean reviewed;
        @JsonProperty
        final String reviewedBy;
        @JsonProperty
        final String reviewedOn;

        LanguageJson(Explanation language) {
            tag = language.tag();
            name = language.name();
            reviewed = language.reviewed();
            reviewedBy = language.reviewed() ? language.review().by() : null;
            reviewedOn = language.reviewed() ? language.review().on().toString() : null;
        }
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
        @JsonProperty
        final List<String> genders;

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
            genders = entry.genders().stream().map(Gender::id).sorted().toList();
        }
    }
}
