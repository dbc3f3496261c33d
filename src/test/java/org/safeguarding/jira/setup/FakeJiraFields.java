package org.safeguarding.jira.setup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jira's custom field and option managers as Mockito mocks that remember what was created, so that set-up can be
 * run twice against the same "Jira" and the second run shown to create nothing.
 */
final class FakeJiraFields {
    final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    final OptionsManager optionsManager = mock(OptionsManager.class);
    final Map<String, CustomField> fields = new HashMap<>();
    final Map<String, List<Option>> options = new HashMap<>();
    private long nextId = 10_000;

    FakeJiraFields() {
        lenient().when(customFieldManager.getCustomFieldType(anyString())).thenAnswer(call -> type(call.getArgument(0)));
        lenient().when(customFieldManager.getCustomFieldObject(anyString())).thenAnswer(call -> fields.get(call.getArgument(0)));
        lenient().when(customFieldManager.getCustomFieldObjectsByName(anyString())).thenAnswer(call -> fields.values()
                .stream().filter(field -> field.getName().equals(call.getArgument(0))).collect(Collectors.toList()));
        try {
            lenient().when(customFieldManager.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList()))
                    .thenAnswer(call -> add(call.getArgument(0), ((CustomFieldType<?, ?>) call.getArgument(2)).getKey()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        lenient().when(optionsManager.getOptions(any())).thenAnswer(call -> options(call.getArgument(0)));
        lenient().when(optionsManager.createOption(any(), isNull(), anyLong(), anyString())).thenAnswer(call -> {
            Option option = option(nextId++, call.getArgument(3));
            options.computeIfAbsent(String.valueOf(((FieldConfig) call.getArgument(0)).getId()),
                    key -> new ArrayList<>()).add(option);
            return option;
        });
    }

    /** A field already in Jira, as an admin or an earlier run made it. */
    CustomField add(String name, String typeKey) {
        String id = "customfield_" + nextId++;
        CustomField field = mock(CustomField.class);
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        FieldConfig config = mock(FieldConfig.class);
        lenient().when(field.getId()).thenReturn(id);
        lenient().when(field.getName()).thenReturn(name);
        CustomFieldType<?, ?> type = type(typeKey);
        lenient().when(field.getCustomFieldType()).thenReturn(type);
        lenient().when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
        lenient().when(scheme.getOneAndOnlyConfig()).thenReturn(config);
        lenient().when(config.getId()).thenReturn(nextId++);
        fields.put(id, field);
        return field;
    }

    /** An option already offered by a field. */
    Option addOption(CustomField field, String label) {
        Option option = option(nextId++, label);
        options.computeIfAbsent(String.valueOf(field.getConfigurationSchemes().get(0).getOneAndOnlyConfig().getId()),
                key -> new ArrayList<>()).add(option);
        return option;
    }

    List<String> optionLabels(CustomField field) {
        return options(field.getConfigurationSchemes().get(0).getOneAndOnlyConfig()).stream().map(Option::getValue)
                .collect(Collectors.toList());
    }

    private Options options(FieldConfig config) {
        List<Option> list = options.getOrDefault(String.valueOf(config.getId()), List.of());
        Options result = mock(Options.class);
        lenient().when(result.size()).thenReturn(list.size());
        lenient().when(result.stream()).thenAnswer(call -> new ArrayList<>(list).stream());
        return result;
    }

    private static Option option(long id, String label) {
        Option option = mock(Option.class);
        lenient().when(option.getOptionId()).thenReturn(id);
        lenient().when(option.getValue()).thenReturn(label);
        return option;
    }

    private static CustomFieldType<?, ?> type(String key) {
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        lenient().when(type.getKey()).thenReturn(key);
        return type;
    }
}
