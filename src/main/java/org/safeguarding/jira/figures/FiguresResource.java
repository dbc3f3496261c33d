package org.safeguarding.jira.figures;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.Figures;

/**
 * {@code POST /rest/safeguarding/1.0/figures/{year}}: publishes a year's figures for trustees, once the year is over,
 * counted from the cases the lead can see, and keeps them as published: they are never worked out again. For the
 * readers of the figures (Jira administrators and the leads' group), after they confirm their password (WebSudo), as
 * the page that calls it asks: publishing cannot be undone.
 */
@Named
@Path("/figures")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class FiguresResource {
    private final CurrentUser currentUser;
    private final FiguresReaders readers;
    private final CaseFigures figures;
    private final PublishedFigures published;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public FiguresResource(CurrentUser currentUser, FiguresReaders readers, CaseFigures figures,
                           PublishedFigures published, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.readers = readers;
        this.figures = figures;
        this.published = published;
        this.texts = texts;
        this.clock = clock;
    }

    @POST
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WebSudoRequired
    public Response publish(@PathParam("year") String year) {
        Optional<String> user = currentUser.key();
        if (user.isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        if (!readers.mayRead(new UserKey(user.get()))) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.figures-leads-only", texts);
        }
        LocalDate today = LocalDate.now(clock);
        try {
            Optional<Integer> over = Figures.yearsOver(figures.firstRaised(), today).stream()
                    .filter(each -> String.valueOf(each).equals(year)).findFirst();
            if (over.isEmpty()) {
                return ErrorsJson.badRequest(List.of(FieldError.of("year", "safeguarding.error.figures-year",
                        year, String.valueOf(today.getYear()))), texts);
            }
            if (published.year(over.get()).isPresent()) {
                return ErrorsJson.status(Response.Status.CONFLICT, "safeguarding.error.figures-published-already",
                        texts);
            }
            // Every case is read only now, for a year that can be published.
            published.keep(new PublishedFigures.Published(Figures.of(over.get(), figures.facts()), today));
            return Response.status(Response.Status.CREATED).entity(new PublishedJson(over.get())).build();
        } catch (CaseFigures.Unavailable e) {
            return ErrorsJson.status(Response.Status.SERVICE_UNAVAILABLE, "safeguarding.error.figures-unavailable",
                    texts);
        }
    }

    /** The year published. */
    static final class PublishedJson {
        @JsonProperty
        final int year;

        PublishedJson(int year) {
            this.year = year;
        }
    }
}
