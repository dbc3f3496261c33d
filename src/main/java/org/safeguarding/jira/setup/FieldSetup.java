package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.Identified;

/**
 * Makes sure every case field exists once, on Jira's standard type with its searcher, shown for Safeguarding
 * concerns only, and offers every option. A field is found by its recorded id, else by name and type (so a lost
 * record never duplicates it); a missing option is added at the end; nothing is ever renamed or deleted, so an
 * admin's changes survive.
 */
@Named
public class FieldSetup {
    private final CustomFieldManager customFieldManager;
    private final OptionsManager optionsManager;
    private final Texts texts;

    @Inject
    public FieldSetup(CustomFieldManager customFieldManager, OptionsManager optionsManager, Texts texts) {
        this.customFieldManager = customFieldManager;
        this.optionsManager = optionsManager;
        this.texts = texts;
    }

    void ensure(CaseField field, IssueType issueType, SetupRecorder recorder) {
        String name = texts.text(field.nameKey());
        Optional<CustomField> existing = find(field, name, recorder.ids());
        CustomField customField;
        if (existing.isPresent()) {
            customField = existing.get();
            recorder.found("field " + customField.getName(), ids -> ids.withField(field.key(), customField.getId()));
        } else {
            try {
                customField = customFieldManager.createCustomField(name, texts.text(field.descriptionKey()),
                        customFieldManager.getCustomFieldType(field.kind().typeKey()),
                        customFieldManager.getCustomFieldSearcher(field.kind().searcherKey()),
                        List.of(GlobalIssueContext.getInstance()), List.of(issueType));
            } catch (Exception e) {
                recorder.problem("field " + name + " could not be created: " + e.getMessage());
                return;
            }
            recorder.created("field " + name, ids -> ids.withField(field.key(), customField.getId()));
        }
        if (field.kind().hasOptions()) {
            ensureOptions(field, customField, recorder);
        }
    }

    private Optional<CustomField> find(CaseField field, String name, SetupIds ids) {
        Optional<CustomField> recorded = ids.field(field.key()).map(customFieldManager::getCustomFieldObject);
        if (recorded.isPresent()) {
            return recorded;
        }
        return customFieldManager.getCustomFieldObjectsByName(name).stream()
                .filter(candidate -> field.kind().typeKey().equals(candidate.getCustomFieldType().getKey()))
                .findFirst();
    }

    private void ensureOptions(CaseField field, CustomField customField, SetupRecorder recorder) {
        FieldConfig config = customField.getConfigurationSchemes().get(0).getOneAndOnlyConfig();
        Options options = optionsManager.getOptions(config);
        long sequence = options.size();
        for (Identified value : field.options()) {
            String label = texts.text(value.labelKey());
            Optional<Option> existing = findOption(options, recorder.ids().option(field.key(), value.id()), label);
            if (existing.isPresent()) {
                recorder.found("option " + label, ids -> ids.withOption(field.key(), value.id(),
                        existing.get().getOptionId()));
            } else {
                Option created = optionsManager.createOption(config, null, sequence++, label);
                recorder.created("option " + label + " of " + customField.getName(),
                        ids -> ids.withOption(field.key(), value.id(), created.getOptionId()));
            }
        }
    }

    private static Optional<Option> findOption(Options options, Optional<Long> recordedId, String label) {
        return options.stream().filter(option -> recordedId.map(option.getOptionId()::equals).orElse(false))
                .findFirst()
                .or(() -> options.stream().filter(option -> label.equals(option.getValue())).findFirst());
    }
}
