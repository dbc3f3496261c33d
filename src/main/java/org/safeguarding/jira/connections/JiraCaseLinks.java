package org.safeguarding.jira.connections;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links cases with the link type set-up made ({@code SetupIds.linkType}), through Jira's issue link manager as the
 * lead, so Jira records who linked them in each case's history. A pair already linked either way is left as it is; a
 * pair Jira refuses, or a Jira without this part of its API, is named in words and the other pairs still linked.
 */
@Named
public class JiraCaseLinks implements CaseLinks {
    private static final Logger LOG = LoggerFactory.getLogger(JiraCaseLinks.class);

    private final IssueManager issues;
    private final IssueLinkManager links;
    private final SetupStore setupStore;
    private final CurrentUser currentUser;
    private final UserManager users;
    private final Texts texts;

    @Inject
    public JiraCaseLinks(IssueManager issues, IssueLinkManager links, SetupStore setupStore, CurrentUser currentUser,
                         UserManager users, Texts texts) {
        this.issues = issues;
        this.links = links;
        this.setupStore = setupStore;
        this.currentUser = currentUser;
        this.users = users;
        this.texts = texts;
    }

    @Override
    public Linked linkEachPair(List<String> caseKeys) {
        Optional<Long> type = setupStore.load().linkType();
        if (type.isEmpty()) {
            return new Linked(List.of(), 0, List.of(texts.text("safeguarding.connections.link.no-type")));
        }
        ApplicationUser lead = currentUser.key().map(users::getUserByKey).orElseThrow();
        List<Issue> cases = caseKeys.stream().map(issues::getIssueObject).map(Issue.class::cast).toList();
        List<String> linked = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int already = 0;
        for (int i = 0; i < cases.size(); i++) {
            for (int j = i + 1; j < cases.size(); j++) {
                Issue from = cases.get(i);
                Issue to = cases.get(j);
                String pair = texts.text("safeguarding.connections.link.pair", from.getKey(), to.getKey());
                try {
                    if (links.getIssueLink(from.getId(), to.getId(), type.get()) != null
                            || links.getIssueLink(to.getId(), from.getId(), type.get()) != null) {
                        already++;
                        continue;
                    }
                    links.createIssueLink(from.getId(), to.getId(), type.get(), null, lead);
                    linked.add(pair);
                } catch (CreateException | RuntimeException | LinkageError e) {
                    // A refusal, or a Jira whose link manager lacks these methods: said in words, the rest still made;
                    // only the kind of what Jira threw goes to the log, as its message may name a case.
                    LOG.warn("Jira did not link two safeguarding cases: {}", e.getClass().getName());
                    refused.add(texts.text("safeguarding.connections.link.refused", pair));
                }
            }
        }
        return new Linked(linked, already, refused);
    }
}
