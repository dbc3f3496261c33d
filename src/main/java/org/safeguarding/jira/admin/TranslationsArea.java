package org.safeguarding.jira.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.platform.Texts;

/** The explanations' translations: each language the directory has, and whether a fluent speaker checked it. */
@Named
public class TranslationsArea implements AdminArea {
    private final DirectorySource directory;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public TranslationsArea(DirectorySource directory, Texts texts, Clock clock) {
        this.directory = directory;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "translations";
    }

    @Override
    public Map<String, Object> model(HttpServletRequest request) {
        return Map.of("languages", DirectoryOverview.languages(directory, texts),
                "today", LocalDate.now(clock).toString());
    }
}
