package org.safeguarding.jira.cases;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.Texts;

/**
 * The checks every page of a whole case for its safeguarding leads makes first (the subject-access export, the NRM
 * referral draft, the agency and sharing log), and the access-log entry each opening leaves. Someone who may see the
 * case but does not lead it gets 403, anyone else 404, so the answer never reveals whether a case exists.
 */
@Named
public class LeadPages {
    private final UserManager userManager;
    private final LoginUriProvider loginUriProvider;
    private final CaseRecords records;
    private final Cases cases;
    private final AccessRecorder access;
    private final Texts texts;

    @Inject
    public LeadPages(UserManager userManager, LoginUriProvider loginUriProvider, CaseRecords records, Cases cases,
                       AccessRecorder access, Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.records = records;
        this.cases = cases;
        this.access = access;
        this.texts = texts;
    }

    /**
     * The whole record of the case a lead asks for ({@code ?case=SG-1}), recorded in its access log as exported with
     * the given detail, and answered uncached; or empty when the response has been sent already (to log in, 400, 403,
     * 404).
     */
    public Optional<CaseRecord> export(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        return open(request, response, key -> access.exported(key, detail));
    }

    /** As {@link #export}, for a page that shows part of the case: recorded as viewed with the given detail. */
    public Optional<CaseRecord> view(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        return open(request, response, key -> access.viewed(key, detail));
    }

    private Optional<CaseRecord> open(HttpServletRequest request, HttpServletResponse response,
                                      Consumer<String> recordOpening) throws IOException {
        Optional<String> key = CasePage.key(request, response, userManager, loginUriProvider, texts);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<CaseRecord> record = records.forLead(key.get());
        if (record.isEmpty()) {
            if (cases.isVisibleCase(key.get())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, texts.text("safeguarding.error.leads-only"));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return Optional.empty();
        }
        // The key of the issue Jira found: an old or lower-case key typed in the address would log elsewhere.
        recordOpening.accept(record.get().key());
        CasePage.printable(response);
        return record;
    }
}
