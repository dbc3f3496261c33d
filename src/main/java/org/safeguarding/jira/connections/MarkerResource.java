package org.safeguarding.jira.connections;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.LeadCaseRequests;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.platform.rest.ErrorsJson;

/**
 * {@code /rest/safeguarding/1.0/issue/{issueKey}/markers}: the places, phones, vehicles, names and websites a case's
 * leads recorded as possibly tying it to others (issue 34), for its leads only: they are personal data about third
 * parties, often allegations. {@code GET} gives each, oldest first, with the other cases it is also on that this lead
 * leads (never one they do not), and is recorded in the case's access log; {@code POST} records one and answers 201.
 * The permission comes first: a case someone may not see gets the same 403 as one that does not exist, someone who
 * sees it but does not lead it 403 saying so.
 */
@Named
@Path("/issue/{issueKey}/markers")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MarkerResource {
    static final String VIEWED = "safeguarding.access.detail.markers";
    /** What the access log says of cases linked in Jira because they share a marker. */
    static final String LINKED = "safeguarding.access.detail.cases-linked";
    /** What the access log says of a marker removed: not what it was, which was a mistake about a third party. */
    static final String REMOVED = "safeguarding.access.detail.marker-removed";
    /** What someone who sees the case but does not lead it is told. */
    private static final String LEADS_ONLY = "safeguarding.marker.error.leads-only";

    private final CurrentUser currentUser;
    private final LeadCaseRequests requests;
    private final CaseLeads leads;
    private final CaseMarkers markers;
    private final CaseLinks links;
    private final AccessRecorder access;
    private final UserNames names;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public MarkerResource(CurrentUser currentUser, Cases cases, CaseLeads leads, CaseMarkers markers, CaseLinks links,
                          AccessRecorder access, UserNames names, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.requests = new LeadCaseRequests(currentUser, cases, leads, texts);
        this.leads = leads;
        this.markers = markers;
        this.links = links;
        this.access = access;
        this.names = names;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    public Response markers(@PathParam("issueKey") String issueKey) {
        return requests.leadsCase(issueKey).map(caseKey -> {
            access.viewed(caseKey, VIEWED);
            return Response.ok(new MarkersJson(caseKey, markers.forCase(caseKey).stream()
                    .map(this::json).toList())).build();
        }).orElseGet(() -> requests.refusal(issueKey, LEADS_ONLY));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("issueKey") String issueKey, String body) {
        Optional<String> caseKey = requests.leadsCase(issueKey);
        if (caseKey.isEmpty()) {
            return requests.refusal(issueKey, LEADS_ONLY);
        }
        MarkerJsonReader.Result read = MarkerJsonReader.read(body);
        if (read.marker() == null) {
            return ErrorsJson.badRequest(read.errors(), texts);
        }
        CaseMarkers.Recorded recorded = markers.add(caseKey.get(), read.marker(), currentUser.key().orElseThrow(),
                clock.instant());
        return Response.status(Response.Status.CREATED).entity(json(recorded)).build();
    }

    /**
     * Removes a marker the lead recorded by mistake, and records in the case's access log who removed one and when;
     * answers 204, or 404 when the case has no such marker. A JSON body, {@code {}}, like every write: a cross-site
     * form cannot send one.
     */
    @POST
    @Path("{id}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remove(@PathParam("issueKey") String issueKey, @PathParam("id") String id) {
        Optional<String> caseKey = requests.leadsCase(issueKey);
        if (caseKey.isEmpty()) {
            return requests.refusal(issueKey, LEADS_ONLY);
        }
        Optional<Long> number = CaseMarkers.number(id);
        if (number.isEmpty() || !markers.remove(caseKey.get(), number.get())) {
            return noSuchMarker(caseKey.get());
        }
        access.changed(caseKey.get(), REMOVED);
        return Response.noContent().build();
    }

    /**
     * Links in Jira every two of the cases this lead leads that the marker is on (the lead confirmed it on the page),
     * and records it in each case's access log; answers what was linked, what was linked already and what Jira
     * refused. 404 when the case has no such marker; 409, in words, when fewer than two of its cases are led by this
     * lead, or nothing could be linked. A JSON body, {@code {}}.
     */
    @POST
    @Path("{id}/link")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("issueKey") String issueKey, @PathParam("id") String id) {
        Optional<String> caseKey = requests.leadsCase(issueKey);
        if (caseKey.isEmpty()) {
            return requests.refusal(issueKey, LEADS_ONLY);
        }
        Optional<Long> number = CaseMarkers.number(id);
        List<CaseMarkers.Recorded> led = number.map(markerId -> CaseMarkers.onCasesLed(markers.sameAs(markerId),
                leads)).orElse(List.of());
        if (led.stream().noneMatch(recorded -> recorded.id() == number.get()
                && recorded.caseKey().equals(caseKey.get()))) {
            return noSuchMarker(caseKey.get());
        }
        List<String> cases = led.stream().map(CaseMarkers.Recorded::caseKey).distinct().sorted().toList();
        if (cases.size() < 2) {
            return ErrorsJson.messages(Response.Status.CONFLICT, List.of(texts.text(
                    "safeguarding.connections.link.fewer-than-two")));
        }
        CaseLinks.Linked done = links.linkEachPair(cases);
        if (done.linked().isEmpty() && !done.refused().isEmpty()) {
            return ErrorsJson.messages(Response.Status.CONFLICT, done.refused());
        }
        if (!done.linked().isEmpty()) {
            cases.forEach(key -> access.changed(key, LINKED));
        }
        return Response.ok(new LinkedJson(done, said(done))).build();
    }

    /** What linking did, in words for the page: the pairs linked, how many were already, what Jira refused. */
    private String said(CaseLinks.Linked done) {
        List<String> words = new ArrayList<>();
        if (!done.linked().isEmpty()) {
            words.add(texts.text("safeguarding.connections.link.done", String.join(", ", done.linked())));
        }
        if (done.already() > 0) {
            words.add(texts.text("safeguarding.connections.link.already", done.already()));
        }
        words.addAll(done.refused());
        return String.join(" ", words);
    }

    /** 404, in words: removed already, another case's, or no marker's number at all. */
    private Response noSuchMarker(String caseKey) {
        return ErrorsJson.messages(Response.Status.NOT_FOUND, List.of(texts.text(
                "safeguarding.marker.error.no-such-marker", caseKey)));
    }

    private MarkerJson json(CaseMarkers.Recorded recorded) {
        return new MarkerJson(recorded, texts.text(recorded.marker().kind().labelKey()),
                names.displayName(recorded.recordedBy()), markers.alsoOn(recorded, leads));
    }

    /** What linking did: the pairs linked now, how many were linked already, what Jira refused, and all of it in words. */
    public static final class LinkedJson {
        @JsonProperty
        final List<String> linked;
        @JsonProperty
        final int already;
        @JsonProperty
        final List<String> refused;
        @JsonProperty
        final String message;

        LinkedJson(CaseLinks.Linked done, String message) {
            this.linked = done.linked();
            this.already = done.already();
            this.refused = done.refused();
            this.message = message;
        }
    }

    /** The case's markers. */
    public static final class MarkersJson {
        @JsonProperty("case")
        final String caseKey;
        @JsonProperty
        final List<MarkerJson> markers;

        MarkersJson(String caseKey, List<MarkerJson> markers) {
            this.caseKey = caseKey;
            this.markers = markers;
        }
    }

    /**
     * One marker: its kind (id and words), as typed, the key it is matched by, who recorded it (their name) and when
     * (UTC), and the other cases it is on that this lead leads.
     */
    public static final class MarkerJson {
        @JsonProperty
        final long id;
        @JsonProperty
        final String kind;
        @JsonProperty
        final String kindText;
        @JsonProperty
        final String value;
        @JsonProperty
        final String matchedAs;
        @JsonProperty
        final String recordedBy;
        @JsonProperty
        final String recordedAt;
        @JsonProperty
        final List<String> alsoOn;

        MarkerJson(CaseMarkers.Recorded recorded, String kindText, String recordedBy, List<String> alsoOn) {
            this.id = recorded.id();
            this.kind = recorded.marker().kind().id();
            this.kindText = kindText;
            this.value = recorded.marker().shown();
            this.matchedAs = recorded.marker().key();
            this.recordedBy = recordedBy;
            this.recordedAt = recorded.recordedAt().toString();
            this.alsoOn = alsoOn;
        }
    }
}
