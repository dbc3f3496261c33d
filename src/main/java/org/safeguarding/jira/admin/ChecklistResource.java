package org.safeguarding.jira.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.AdminAccess;
import org.safeguarding.referral.SetupChecklist;

/**
 * {@code GET /rest/safeguarding/1.0/checklist}: the administrator's checklist, as the Get started page shows it, for
 * administrators and their monitoring: each item with whether it is done and what was found, in words.
 */
@Named
@Path("/checklist")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
@AdminOnly
public class ChecklistResource {
    private final CurrentUser currentUser;
    private final ChecklistFacts facts;
    private final Texts texts;

    @Inject
    public ChecklistResource(CurrentUser currentUser, ChecklistFacts facts, Texts texts) {
        this.currentUser = currentUser;
        this.facts = facts;
        this.texts = texts;
    }

    @GET
    public Response checklist() {
        return AdminAccess.asAdmin(currentUser, texts, () -> Response.ok(new ChecklistJson(facts.checklist(), texts))
                .build());
    }

    /** Whether everything is done, and each item. */
    public static final class ChecklistJson {
        @JsonProperty
        final boolean allDone;
        @JsonProperty
        final List<ItemJson> items;

        ChecklistJson(SetupChecklist checklist, Texts texts) {
            allDone = checklist.allDone();
            items = checklist.items().stream().map(item -> new ItemJson(item, texts)).toList();
        }
    }

    /** One item: which check (an id), whether it is done, its name and what was found, in words. */
    public static final class ItemJson {
        @JsonProperty
        final String check;
        @JsonProperty
        final boolean done;
        @JsonProperty
        final String name;
        @JsonProperty
        final String finding;

        ItemJson(SetupChecklist.Item item, Texts texts) {
            check = item.check().id();
            done = item.done();
            name = texts.text(item.check().labelKey());
            finding = texts.text(item.findingKey(), item.arguments().toArray(String[]::new));
        }
    }
}
