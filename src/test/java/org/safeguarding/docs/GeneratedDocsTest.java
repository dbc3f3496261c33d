package org.safeguarding.docs;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.FieldKind;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.Action;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ContactChannel;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.IndicatorGroup;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Reason;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.SupportNeed;

/**
 * The guides' lists of options, questions, rules and actions are generated from the code and its texts, so they
 * cannot drift: this test fails when a section is stale (see {@link DocSections} for how to refresh them).
 */
public class GeneratedDocsTest {
    private final Texts texts = new PropertiesTexts();

    @Test
    public void adminGuide_shouldListEveryOptionAsTheAppHasIt() throws IOException {
        StringBuilder options = new StringBuilder();
        options.append(table("Answers to yes-or-no questions", Answer.class));
        options.append(table("Age group", AgeGroup.class));
        options.append(table("Nation", Nation.class));
        options.append(table("Consent to an NRM referral", Consent.class));
        options.append(table("Safe to contact by", ContactChannel.class));
        options.append(table("Support needs", SupportNeed.class));
        options.append(table("Barriers to engagement", Barrier.class));
        options.append("### Exploitation types\n\nThe digital NRM form's list, each with the category Home Office "
                + "statistics count it under.\n\n| Id | Option | Category |\n|---|---|---|\n");
        for (ExploitationType type : ExploitationType.values()) {
            options.append(row(type.id(), words(type), words(type.category())));
        }
        options.append("\n### Indicators\n\nIds are `group.sign`.\n");
        for (IndicatorGroup group : IndicatorGroup.values()) {
            options.append("\n#### ").append(words(group)).append("\n\n| Id | Sign |\n|---|---|\n");
            for (Indicator indicator : Indicator.values()) {
                if (indicator.group() == group) {
                    options.append(row(indicator.id(), words(indicator)));
                }
            }
        }
        checkSection("admin-guide.md", "options", options.toString());
    }

    @Test
    public void adminGuide_shouldListEveryJiraFieldOnItsTab() throws IOException {
        StringBuilder fields = new StringBuilder("| Tab | Field | Jira field type | Options | What it is for |\n"
                + "|---|---|---|---|---|\n");
        List<CaseField> all = new java.util.ArrayList<>(List.of(CaseFields.RISK_FIELD));
        all.addAll(CaseFields.ALL);
        for (CaseField field : all) {
            String options = field.options().isEmpty() ? "" : field.options().size() > 12
                    ? field.options().size() + " options, listed below"
                    : field.options().stream().map(this::words).collect(Collectors.joining("; "));
            fields.append(row(words(field.tab()), texts.text(field.nameKey()), typeName(field.kind()), options,
                    texts.text(field.descriptionKey())));
        }
        checkSection("admin-guide.md", "fields", fields.toString());
    }

    @Test
    public void safeguardingGuide_shouldListEveryQuestionInTheOrderToAskIt() throws IOException {
        StringBuilder questions = new StringBuilder(
                "| # | Question | Why and how to ask | Worrying answer | Signs it reveals |\n|---|---|---|---|---|\n");
        for (Question question : Question.values()) {
            questions.append(row(String.valueOf(question.ordinal() + 1),
                    words(question) + " `" + question.id() + "`",
                    texts.text(question.hintKey()),
                    question.worryingAnswer().map(this::words).orElse("none: it informs the plan"),
                    question.reveals().stream().map(this::words).collect(Collectors.joining("; "))));
        }
        checkSection("safeguarding-guide.md", "questions", questions.toString());
    }

    @Test
    public void safeguardingGuide_shouldListEveryRuleWithItsSources() throws IOException {
        StringBuilder rules = new StringBuilder("| Rule | In plain English | Sources |\n|---|---|---|\n");
        for (Reason reason : Reason.values()) {
            rules.append(row("`" + reason.id() + "`", words(reason), String.join(", ", reason.sources())));
        }
        checkSection("safeguarding-guide.md", "rules", rules.toString());
    }

    @Test
    public void safeguardingGuide_shouldListEveryActionAndEveryLevel() throws IOException {
        StringBuilder actions = new StringBuilder("| Order | Action |\n|---|---|\n");
        for (Action action : Action.values()) {
            actions.append(row(String.valueOf(action.ordinal() + 1), words(action) + " `" + action.id() + "`"));
        }
        checkSection("safeguarding-guide.md", "actions", actions.toString());
        StringBuilder levels = new StringBuilder("| Level | Id |\n|---|---|\n");
        for (RiskLevel level : RiskLevel.values()) {
            levels.append(row(words(level), "`" + level.id() + "`"));
        }
        checkSection("safeguarding-guide.md", "levels", levels.toString());
    }

    private static String typeName(FieldKind kind) {
        return switch (kind) {
            case SELECT -> "Select List (single choice)";
            case CHECKBOXES -> "Checkboxes";
            case MULTI_SELECT -> "Select List (multiple choices)";
            case TEXT -> "Text Field (single line)";
            case TEXTAREA -> "Text Field (multi-line)";
            case DATE -> "Date Picker";
            case DATE_TIME -> "Date Time Picker";
            case RISK -> "Safeguarding risk (calculated, read-only)";
        };
    }

    private <E extends Enum<E> & Identified> String table(String title, Class<E> vocabulary) {
        StringBuilder table = new StringBuilder("### ").append(title).append("\n\n| Id | Option |\n|---|---|\n");
        for (E value : vocabulary.getEnumConstants()) {
            table.append(row(value.id(), words(value)));
        }
        return table.append('\n').toString();
    }

    private String words(Identified value) {
        return texts.text(value.labelKey());
    }

    private static String row(String... cells) {
        return List.of(cells).stream().map(cell -> cell.replace("|", "\\|"))
                .collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static void checkSection(String file, String name, String content) throws IOException {
        DocSections.check(file, name, content);
    }
}
