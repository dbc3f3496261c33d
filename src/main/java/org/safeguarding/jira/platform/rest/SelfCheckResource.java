package org.safeguarding.jira.platform.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SelfCheckWords;
import org.safeguarding.jira.platform.Texts;

/**
 * {@code /rest/safeguarding/1.0/self-check}: whether this Jira node has every part of Jira's API the app uses, for
 * administrators and their monitoring. {@code GET} gives the latest check; {@code POST} checks again.
 */
@Named
@Path("/self-check")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class SelfCheckResource {
    private final CurrentUser currentUser;
    private final SelfCheck selfCheck;
    private final Texts texts;

    @Inject
    public SelfCheckResource(CurrentUser currentUser, SelfCheck selfCheck, Texts texts) {
        this.currentUser = currentUser;
        this.selfCheck = selfCheck;
        this.texts = texts;
    }

    @GET
    public Response latest() {
        return AdminAccess.asAdmin(currentUser, texts, () -> Response.ok(new SelfCheckJson(selfCheck.result(), texts))
                .build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkAgain() {
        return AdminAccess.asAdmin(currentUser, texts, () -> Response.ok(new SelfCheckJson(selfCheck.checkAgain(),
                texts)).build());
    }

    /** A check: when, how many members, whether all are present, the summary in words, and each missing one. */
    public static final class SelfCheckJson {
        @JsonProperty
        final String checkedAt;
        @JsonProperty
        final int checked;
        @JsonProperty
        final boolean allPresent;
        @JsonProperty
        final String summary;
        @JsonProperty
        final List<MissingJson> missing;

        SelfCheckJson(SelfCheck.Result result, Texts texts) {
            checkedAt = result.checkedAt().toString();
            checked = result.checked();
            allPresent = result.allPresent();
            summary = SelfCheckWords.summary(result, texts);
            missing = SelfCheckWords.lines(result, texts).stream().map(MissingJson::new).toList();
        }
    }

    /** One member this Jira lacks, what is wrong, and the parts of the app switched off because of it. */
    public static final class MissingJson {
        @JsonProperty
        final String member;
        @JsonProperty
        final String problem;
        @JsonProperty
        final List<String> switchedOff;

        MissingJson(SelfCheckWords.Line line) {
            member = line.member();
            problem = line.problem();
            switchedOff = line.switchedOff();
        }
    }
}
