package org.safeguarding.jira.web;

import java.util.List;
import org.safeguarding.referral.Figures;

/** Every case the current user may see, as the figures for trustees count it. */
public interface CaseFigures {
    List<Figures.CaseFacts> facts();
}
