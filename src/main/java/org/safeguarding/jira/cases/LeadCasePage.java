package org.safeguarding.jira.cases;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.platform.PageTemplates;

/**
 * A page of one whole case for its safeguarding leads ({@code ?case=SG-1}): the subject-access export, the NRM
 * referral draft, the chronology, the agency and sharing log. Here, before the page shows anything: switched off with
 * the reason when this Jira lacks what it uses, then {@link LeadPages}' checks (logged in, which case, a lead of it),
 * then the opening recorded in the case's access log.
 */
public abstract class LeadCasePage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** How opening the page is recorded: as an export (printable, leaves Jira) or as a view. */
    protected enum Opening {
        EXPORT,
        VIEW
    }

    protected final transient PageTemplates pages;
    private final transient LeadPages leadPages;
    private final Opening opening;
    private final String detail;

    /** @param detail the i18n key the access log says the page by */
    protected LeadCasePage(LeadPages leadPages, PageTemplates pages, Opening opening, String detail) {
        this.leadPages = leadPages;
        this.pages = pages;
        this.opening = opening;
        this.detail = detail;
    }

    /** Public, so each page's tests, in its own package, can ask for it as Jira does. */
    @Override
    public final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)) {
            return;
        }
        Optional<CaseRecord> record = opening == Opening.EXPORT ? leadPages.export(request, response, detail)
                : leadPages.view(request, response, detail);
        if (record.isPresent()) {
            show(record.get(), request, response);
        }
    }

    /**
     * The number of the entry just recorded ({@code &recorded=3}), which the page names in a message, when it is one of
     * this case's; "" otherwise.
     */
    protected static String justRecorded(HttpServletRequest request, List<Long> ids) {
        String asked = request.getParameter("recorded");
        return ids.stream().map(String::valueOf).filter(id -> id.equals(asked)).findFirst().orElse("");
    }

    /** Renders the page of the case the lead may see, by the key of the case Jira found. */
    protected abstract void show(CaseRecord found, HttpServletRequest request, HttpServletResponse response)
            throws IOException;
}
