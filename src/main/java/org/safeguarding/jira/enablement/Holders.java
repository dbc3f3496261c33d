package org.safeguarding.jira.enablement;

import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.Texts;

/**
 * Puts whom a permission grant or a notification names into words an administrator reads, from the type and
 * parameter Jira stores: a permission scheme's holder types ("group", "applicationRole", "projectrole", ...) and a
 * notification scheme's ("Group_Dropdown", "Project_Role", "All_Watchers", ...). A type Jira adds later is shown by
 * its own name, never left out.
 */
@Named
public class Holders {
    /** Permission holder types with no parameter, by their words' keys. */
    private static final Map<String, String> PERMISSION_PEOPLE = Map.of("reporter", "reporter",
            "assignee", "assignee", "lead", "project-lead");
    /** Notification types with no parameter, by their words' keys. */
    private static final Map<String, String> NOTIFIED_PEOPLE = Map.of("Current_Assignee", "assignee",
            "Current_Reporter", "reporter", "Remote_User", "changer", "Project_Lead", "project-lead",
            "Component_Lead", "component-lead", "All_Watchers", "watchers");

    private final Texts texts;
    private final ProjectRoleManager roles;

    @Inject
    public Holders(Texts texts, ProjectRoleManager roles) {
        this.texts = texts;
        this.roles = roles;
    }

    /** Whether a Browse projects grant lets in everyone: anyone at all, or anyone with access to Jira. */
    static boolean everyone(String type, String parameter) {
        return "group".equals(type) && isBlank(parameter) || "applicationRole".equals(type);
    }

    /** Whom a permission grant names. */
    String granted(String type, String parameter) {
        return switch (type) {
            case "group" -> isBlank(parameter) ? words("anyone") : words("group", parameter);
            case "applicationRole" -> isBlank(parameter) ? words("logged-in") : words("application", parameter);
            case "projectrole" -> words("role", roleName(parameter));
            case "user" -> words("user", parameter);
            case "userCF", "groupCF" -> words("field", parameter);
            default -> PERMISSION_PEOPLE.containsKey(type) ? words(PERMISSION_PEOPLE.get(type))
                    : words("other", type, String.valueOf(parameter));
        };
    }

    /** Whom a notification e-mails. */
    String notified(String type, String parameter) {
        return switch (type) {
            case "Group_Dropdown" -> words("group", parameter);
            case "Project_Role" -> words("role", roleName(parameter));
            case "Single_User" -> words("user", parameter);
            case "Single_Email_Address" -> words("address", parameter);
            case "User_Custom_Field_Value", "Group_Custom_Field_Value" -> words("field", parameter);
            default -> NOTIFIED_PEOPLE.containsKey(type) ? words(NOTIFIED_PEOPLE.get(type))
                    : words("other", type, String.valueOf(parameter));
        };
    }

    /** Jira stores a role by its id; its name is what an administrator knows it by. */
    private String roleName(String id) {
        try {
            ProjectRole role = roles.getProjectRole(Long.valueOf(id));
            return role == null ? id : role.getName();
        } catch (NumberFormatException notAnId) {
            return id;
        }
    }

    private String words(String who, String... arguments) {
        return texts.text("safeguarding.enablement.who." + who, arguments);
    }

    private static boolean isBlank(String parameter) {
        return parameter == null || parameter.isBlank();
    }
}
