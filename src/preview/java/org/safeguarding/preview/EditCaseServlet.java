package org.safeguarding.preview;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.FieldKind;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.cases.ScreenTab;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.Identified;

/**
 * {@code /preview/edit/SG-1}: where Jira's edit screen would be, with the app's fields on the worker screen's four
 * tabs (all but the leads' own), named, described and offered exactly as set-up makes them in Jira. Saving stores
 * the values as Jira would, and the case page then shows the plugin's panels from them. {@code POST /preview/edit}
 * with a summary raises a new concern.
 */
final class EditCaseServlet extends HttpServlet {
    static final String PATH = "/preview/edit";
    /** The screen a case is raised and updated on: all but the leads' own fields. */
    static final Predicate<CaseField> WORKER = field -> !CaseFields.LEAD_ONLY.contains(field.key());
    /** The Close screen's case fields, besides the resolution: the outcome and the retention review date. */
    static final Predicate<CaseField> CLOSE = field -> field.key().equals(CaseFields.OUTCOME)
            || field.key().equals(CaseFields.RETENTION_REVIEW);
    /** The danger check's screen, of Found and Back to lead review. */
    static final Predicate<CaseField> DANGER = field -> field.key().equals(CaseFields.DANGER_CHECK);
    /** Report missing's screen: the description for police and the last sighting. */
    static final Predicate<CaseField> MISSING = field -> CaseFields.MISSING_SCREEN.contains(field.key());
    /** Refer's and Record another referral's screen. */
    static final Predicate<CaseField> REFER = field -> CaseFields.REFER_SCREEN.contains(field.key());
    private static final long serialVersionUID = 1L;

    private final transient PreviewUser user;
    private final transient PreviewCases cases;
    private final transient Texts texts;

    EditCaseServlet(PreviewUser user, PreviewCases cases, Texts texts) {
        this.user = user;
        this.cases = cases;
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = key(request);
        Optional<InMemoryCaseValues> values = cases.browsable(key);
        if (user.key().isEmpty() || values.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Element form = FormToken.in(new Element("form").addClass("aui").attr("method", "post")
                .attr("action", PATH + "/" + key), user);
        appendFields(form, values.get(), Map.of(), WORKER);
        form.appendElement("div").addClass("buttons-container").appendElement("div").addClass("buttons")
                .appendElement("button").addClass("aui-button aui-button-primary").attr("type", "submit")
                .attr("id", "preview-save").text("Update");
        PreviewFrame.write(response, user, "Edit " + key, form);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (user.key().isEmpty()) {
            response.sendRedirect(SignInServlet.PATH);
            return;
        }
        if (FormToken.refused(request, response, user)) {
            return;
        }
        String key = key(request);
        if (key.isEmpty()) {
            String summary = String.valueOf(request.getParameter("summary")).strip();
            response.sendRedirect(PATH + "/" + cases.raise(summary.isEmpty() ? "New concern" : summary));
            return;
        }
        Optional<InMemoryCaseValues> values = cases.browsable(key);
        if (values.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // As Jira, only the fields on the edit screen change: a lead's field sent with the form changes nothing.
        submitted(request, WORKER).forEach(values.get()::with);
        response.sendRedirect(CasePageServlet.PATH + "/" + key);
    }

    /**
     * The app's fields that are on the screen, on their four tabs, filled in from the values, each with the error a
     * rule gave it.
     */
    void appendFields(Element form, CaseValues values, Map<String, String> errors, Predicate<CaseField> onScreen) {
        for (ScreenTab tab : ScreenTab.values()) {
            List<CaseField> fields = CaseFields.ALL.stream().filter(field -> field.tab() == tab).filter(onScreen)
                    .toList();
            if (fields.isEmpty()) {
                continue;
            }
            Element fieldset = form.appendElement("fieldset");
            fieldset.appendElement("legend").appendElement("span").text(texts.text(tab.labelKey()));
            fields.forEach(field -> fieldset.appendChild(fieldGroup(field, values, errors.get(field.key()))));
        }
    }

    /**
     * The value, as sent from the form and as Jira would store it, of each field on the screen (null for one left
     * empty); fields not on the screen are not read, as Jira reads only its screen's.
     */
    static Map<String, Object> submitted(HttpServletRequest request, Predicate<CaseField> onScreen) {
        Map<String, Object> sent = new HashMap<>();
        for (CaseField field : CaseFields.ALL) {
            if (onScreen.test(field)) {
                sent.put(field.key(), submitted(field, request.getParameterValues(field.key())));
            }
        }
        return sent;
    }


    private static String key(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    }

    /** The value as Jira stores it: option ids, text, a date; null for a field left empty. */
    private static Object submitted(CaseField field, String[] sent) {
        List<String> given = sent == null ? List.of() : Arrays.stream(sent).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
        if (given.isEmpty()) {
            return field.kind() == FieldKind.CHECKBOXES || field.kind() == FieldKind.MULTI_SELECT ? List.of() : null;
        }
        try {
            return switch (field.kind()) {
                case CHECKBOXES, MULTI_SELECT -> given;
                case DATE -> LocalDate.parse(given.get(0));
                case DATE_TIME -> LocalDateTime.parse(given.get(0));
                default -> given.get(0);
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Element fieldGroup(CaseField field, CaseValues values, String error) {
        String id = "field-" + field.key().replace('.', '-');
        if (field.kind() == FieldKind.CHECKBOXES) {
            return checkboxes(field, values.options(field.key()), id, error);
        }
        Element group = new Element("div").addClass("field-group");
        group.appendElement("label").attr("for", id).text(texts.text(field.nameKey()));
        Element input = switch (field.kind()) {
            case SELECT -> select(field, values.option(field.key()).map(List::of).orElse(List.of()), false);
            case MULTI_SELECT -> select(field, values.options(field.key()), true);
            case TEXTAREA -> new Element("textarea").addClass("textarea").text(values.text(field.key()).orElse(""));
            case DATE -> new Element("input").attr("type", "date").addClass("text")
                    .val(values.date(field.key()).map(LocalDate::toString).orElse(""));
            case DATE_TIME -> new Element("input").attr("type", "datetime-local").addClass("text")
                    .val(values.dateTime(field.key()).map(LocalDateTime::toString).orElse(""));
            default -> new Element("input").attr("type", "text").addClass("text")
                    .val(values.text(field.key()).orElse(""));
        };
        group.appendChild(input.attr("id", id).attr("name", field.key())
                .attr("aria-describedby", id + "-hint " + id + "-error"));
        group.appendElement("div").addClass("description").attr("id", id + "-hint")
                .text(texts.text(field.descriptionKey()));
        Element shown = group.appendElement("div").addClass("error").attr("id", id + "-error");
        if (error != null) {
            shown.text(error);
            input.attr("aria-invalid", "true");
        }
        return group;
    }

    /** As Jira draws its multi-checkboxes field: a group of checkboxes, each a stop for the Tab key. */
    private Element checkboxes(CaseField field, List<String> chosen, String id, String error) {
        Element group = new Element("fieldset").addClass("group").attr("id", id)
                .attr("aria-describedby", id + "-hint " + id + "-error");
        group.appendElement("legend").appendElement("span").text(texts.text(field.nameKey()));
        for (Identified option : field.options()) {
            Element box = group.appendElement("div").addClass("checkbox");
            Element input = box.appendElement("input").addClass("checkbox").attr("type", "checkbox")
                    .attr("name", field.key()).val(option.id()).attr("id", id + "-" + option.id());
            if (chosen.contains(option.id())) {
                input.attr("checked", true);
            }
            box.appendElement("label").attr("for", id + "-" + option.id()).text(texts.text(option.labelKey()));
        }
        group.appendElement("div").addClass("description").attr("id", id + "-hint")
                .text(texts.text(field.descriptionKey()));
        Element shown = group.appendElement("div").addClass("error").attr("id", id + "-error");
        if (error != null) {
            shown.text(error);
            group.attr("aria-invalid", "true");
        }
        return group;
    }

    private Element select(CaseField field, List<String> chosen, boolean multiple) {
        Element select = new Element("select").addClass(multiple ? "multi-select" : "select");
        if (multiple) {
            select.attr("multiple", true);
        } else {
            select.appendElement("option").val("").text("None");
        }
        for (Identified option : field.options()) {
            Element item = select.appendElement("option").val(option.id()).text(texts.text(option.labelKey()));
            if (chosen.contains(option.id())) {
                item.attr("selected", true);
            }
        }
        return select;
    }
}
