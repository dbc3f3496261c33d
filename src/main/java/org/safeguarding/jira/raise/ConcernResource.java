package org.safeguarding.jira.raise;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.cases.ScreeningValues;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.screening.Indicator;

/**
 * {@code /rest/safeguarding/1.0/concerns}: raising a concern from the guided screening. {@code GET /places} lists the
 * projects the user may raise one in; {@code POST} raises it with what is known so far, through Jira's own Create
 * (its permission and checks, the workflow's Create), and answers 201 with the new case's key. Nothing is stored
 * unless Jira creates the case; when anything is wrong, every problem is named and nothing is raised.
 */
@Named
@Path("/concerns")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ConcernResource {
    private final CurrentUser currentUser;
    private final ConcernRaiser raiser;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public ConcernResource(CurrentUser currentUser, ConcernRaiser raiser, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.raiser = raiser;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    @Path("/places")
    public Response places() {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        return Response.ok(new PlacesJson(raiser.places())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(String body) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        LocalDate today = LocalDate.now(clock);
        RaiseJsonReader.Result read = RaiseJsonReader.read(body, today);
        if (!read.errors().isEmpty()) {
            return ErrorsJson.badRequest(read.errors(), texts);
        }
        if (raiser.places().stream().noneMatch(place -> place.key().equals(read.project()))) {
            return ErrorsJson.messages(Response.Status.FORBIDDEN,
                    List.of(texts.text("safeguarding.raise.error.not-allowed", read.project())));
        }
        String summary = read.summary() == null || read.summary().isBlank()
                ? texts.text("safeguarding.raise.summary.default", UkDates.day(today)) : read.summary().strip();
        ConcernRaiser.Raised raised = raiser.raise(read.project(), summary,
                new ScreeningValues(read.screening(), notes(read)));
        return raised.key().map(key -> Response.created(URI.create("/browse/" + key)).entity(new RaisedJson(key,
                raised.urgent(), raised.urgent() ? texts.text("safeguarding.raise.urgent") : null)).build())
                .orElseGet(() -> ErrorsJson.messages(Response.Status.BAD_REQUEST, raised.problems()));
    }

    /**
     * What the person said, then which signs they told the worker about and which the worker was not sure about:
     * the case's field holds every sign noticed, seen or told, and the notes keep the difference for the lead.
     */
    private String notes(RaiseJsonReader.Result read) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(read.notes()).filter(notes -> !notes.isBlank()).ifPresent(parts::add);
        if (!read.told().isEmpty()) {
            parts.add(texts.text("safeguarding.raise.notes.told", labels(read.told())));
        }
        if (!read.notSure().isEmpty()) {
            parts.add(texts.text("safeguarding.raise.notes.not-sure", labels(read.notSure())));
        }
        return String.join("\n\n", parts);
    }

    private String labels(Set<Indicator> signs) {
        return signs.stream().map(sign -> texts.text(sign.labelKey())).collect(Collectors.joining("; "));
    }

    /** The projects a concern can be raised in. */
    public static final class PlacesJson {
        @JsonProperty
        final List<PlaceJson> places;

        PlacesJson(List<ConcernRaiser.Place> places) {
            this.places = places.stream().map(PlaceJson::new).toList();
        }
    }

    /** One project: its key and name. */
    public static final class PlaceJson {
        @JsonProperty
        final String key;
        @JsonProperty
        final String name;

        PlaceJson(ConcernRaiser.Place place) {
            key = place.key();
            name = place.name();
        }
    }

    /** The new case. */
    public static final class RaisedJson {
        @JsonProperty
        final String key;
        /** Whether the case went straight to Immediate danger and its leads were told it is urgent. */
        @JsonProperty
        final boolean urgent;
        /** What the worker is told of it, in words; null when not urgent. */
        @JsonProperty
        final String message;

        RaisedJson(String key, boolean urgent, String message) {
            this.key = key;
            this.urgent = urgent;
            this.message = message;
        }
    }
}
