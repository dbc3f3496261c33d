package org.safeguarding.jira.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

/** The directory of helplines and services: every entry with when it was last checked, and the form's choices. */
@Named
public class DirectoryArea implements AdminArea {
    private final DirectorySource directory;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public DirectoryArea(DirectorySource directory, Texts texts, Clock clock) {
        this.directory = directory;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "directory";
    }

    @Override
    public Map<String, Object> model(HttpServletRequest request) {
        LocalDate today = LocalDate.now(clock);
        return Map.of("entries", DirectoryOverview.entries(directory, texts, today), "today", today.toString(),
                "nations", DirectoryOverview.choices(Nation.class, texts),
                "audiences", DirectoryOverview.choices(Audience.class, texts),
                // A service is for women, men or people of neither; "prefers not to say" describes a person only.
                "genders", DirectoryOverview.choices(Gender.class, texts).stream()
                        .filter(choice -> !Gender.PREFER_NOT_TO_SAY.id().equals(choice.get("id"))).toList(),
                "categories", DirectoryOverview.choices(ResourceCategory.class, texts));
    }
}
