package org.safeguarding.docs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.RiskLevel;

/**
 * The Kanban board guide's JQL names only statuses, fields, options and risk values the app really makes, so a lead
 * who copies it gets a working board.
 */
public class BoardGuideTest {
    private static final Path GUIDE = Path.of("docs/safeguarding-guide.md");
    private static final Pattern JQL = Pattern.compile("`([^`]*(?:=|<|in \\()[^`]*)`");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern RISK_VALUE = Pattern.compile("\"Safeguarding risk\" = ([a-z-]+)");
    private static final Set<String> JIRA_FUNCTION_ARGUMENTS = Set.of("+7d");

    private final Texts texts = new PropertiesTexts();

    @Test
    public void boardGuide_shouldUseOnlyNamesTheAppMakes() throws IOException {
        String section = boardSection();
        Set<String> known = knownNames();
        List<String> unknown = new ArrayList<>();
        List<String> risks = new ArrayList<>();
        Matcher jql = JQL.matcher(section);
        while (jql.find()) {
            Matcher quoted = QUOTED.matcher(jql.group(1));
            while (quoted.find()) {
                if (!known.contains(quoted.group(1)) && !JIRA_FUNCTION_ARGUMENTS.contains(quoted.group(1))) {
                    unknown.add(quoted.group(1));
                }
            }
            Matcher risk = RISK_VALUE.matcher(jql.group(1));
            while (risk.find()) {
                risks.add(risk.group(1));
            }
        }

        assertThat("names in the board guide's JQL that the app does not make", unknown, empty());
        assertThat(risks, hasItems(Arrays.stream(RiskLevel.values()).map(RiskLevel::id)
                .toArray(String[]::new)));
    }

    private Set<String> knownNames() {
        Set<String> known = new HashSet<>(Set.of(texts.text("safeguarding.issue-type.name")));
        for (ReferralStep step : ReferralStep.values()) {
            known.add(texts.text(step.labelKey()));
        }
        List<CaseField> fields = new ArrayList<>(CaseFields.ALL);
        fields.add(CaseFields.RISK_FIELD);
        for (CaseField field : fields) {
            known.add(texts.text(field.nameKey()));
            for (Identified option : field.options()) {
                known.add(texts.text(option.labelKey()));
            }
        }
        return known;
    }

    private static String boardSection() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int start = guide.indexOf("### Running the referral workflow on a Kanban board");
        int end = guide.indexOf("\n## ", start);
        if (start < 0 || end < 0) {
            throw new AssertionError("the safeguarding guide has no Kanban board section");
        }
        return guide.substring(start, end);
    }
}
