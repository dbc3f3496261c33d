package org.safeguarding.referral;

import java.util.List;
import org.safeguarding.screening.Identified;

/**
 * What an administrator still has to do before the app protects anyone, in the order to do it, each item worked out
 * from the real state: set-up finished, this Jira has everything the app uses, the organisation's settings saved, the
 * safeguarding leads named (and Jira knows them), our safeguarding plan written from the template, the directory
 * checked within a year, at least one project enabled and ready, with none offering concerns unready, and none whose
 * notification scheme has Jira e-mail a case's contents.
 */
public record SetupChecklist(List<Item> items) {
    public SetupChecklist {
        items = List.copyOf(items);
    }

    /** One thing to check, where to put it right (an area of the administration and a part of it), and its words. */
    public enum Check implements Identified {
        SET_UP("set-up", "jira", "safeguarding-setup-heading"),
        SELF_CHECK("self-check", "jira", "safeguarding-self-check-heading"),
        SETTINGS("settings", "settings", "safeguarding-settings-heading"),
        LEADS("leads", "settings", "safeguarding-settings-heading"),
        PLAN("plan", "plan", "safeguarding-plan-heading"),
        DIRECTORY("directory", "directory", "safeguarding-admin-directory"),
        PROJECT("project", "projects", "safeguarding-projects-heading"),
        NOTIFICATIONS("notifications", "projects", "safeguarding-projects-heading");

        private final String id;
        private final String labelKey;
        private final String area;
        private final String anchor;

        Check(String id, String area, String anchor) {
            this.id = id;
            this.labelKey = "safeguarding.checklist." + id;
            this.area = area;
            this.anchor = anchor;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }

        /** Where to put it right: the administration's area, and the part of its page. */
        public String place() {
            return area + "#" + anchor;
        }
    }

    /**
     * One item: done or not, and the words saying what was found (an i18n key under the check's, and its arguments).
     */
    public record Item(Check check, boolean done, String findingKey, List<String> arguments) {
        public Item {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The state the checklist is worked out from.
     *
     * @param setUpComplete       whether the latest set-up run finished every step
     * @param missingMembers      how many parts of Jira's API the app uses this Jira lacks (negative: not checked yet)
     * @param nationsChosen       whether the settings name the nations the organisation works in
     * @param leadGroup           the leads' group the settings name, or null
     * @param leadGroupKnown      whether Jira has that group
     * @param leadGroupMembers    whether that group has anyone in it
     * @param leadRole            the leads' project role the settings name, or null
     * @param leadRoleKnown       whether Jira has that role
     * @param planFromTemplate    whether our safeguarding plan is still the template
     * @param planPrompting       the headings of the saved plan's parts that still hold the template's prompts
     * @param entriesDue          how many directory entries were last checked a year or more ago
     * @param projectsReady       how many projects are enabled and ready
     * @param projectsUnready     the projects offering concerns without being ready, by name
     * @param projectsEmailing    the ready projects whose notification scheme has Jira e-mail a case's contents
     */
    public record State(boolean setUpComplete, int missingMembers, boolean nationsChosen, String leadGroup,
                        boolean leadGroupKnown, boolean leadGroupMembers, String leadRole, boolean leadRoleKnown,
                        boolean planFromTemplate, List<String> planPrompting, int entriesDue, int projectsReady,
                        List<String> projectsUnready, List<String> projectsEmailing) {
        public State {
            planPrompting = List.copyOf(planPrompting);
            projectsUnready = List.copyOf(projectsUnready);
            projectsEmailing = List.copyOf(projectsEmailing);
        }
    }

    public static SetupChecklist of(State state) {
        return new SetupChecklist(List.of(
                item(Check.SET_UP, state.setUpComplete(), state.setUpComplete() ? "done" : "unfinished"),
                selfCheck(state.missingMembers()),
                item(Check.SETTINGS, state.nationsChosen(), state.nationsChosen() ? "done" : "no-nations"),
                leads(state),
                plan(state),
                state.entriesDue() == 0 ? item(Check.DIRECTORY, true, "done")
                        : item(Check.DIRECTORY, false, "due", String.valueOf(state.entriesDue())),
                project(state),
                state.projectsEmailing().isEmpty() ? item(Check.NOTIFICATIONS, true, "done")
                        : item(Check.NOTIFICATIONS, false, "emailing", String.join(", ", state.projectsEmailing()))));
    }

    /** Whether every item is done. */
    public boolean allDone() {
        return items.stream().allMatch(Item::done);
    }

    private static Item selfCheck(int missing) {
        if (missing < 0) {
            return item(Check.SELF_CHECK, false, "not-checked");
        }
        return missing == 0 ? item(Check.SELF_CHECK, true, "done")
                : item(Check.SELF_CHECK, false, "missing", String.valueOf(missing));
    }

    private static Item plan(State state) {
        if (state.planFromTemplate()) {
            return item(Check.PLAN, false, "template");
        }
        return state.planPrompting().isEmpty() ? item(Check.PLAN, true, "done")
                : item(Check.PLAN, false, "prompting", String.join(", ", state.planPrompting()));
    }

    private static Item leads(State state) {
        boolean group = state.leadGroup() != null && !state.leadGroup().isBlank();
        boolean role = state.leadRole() != null && !state.leadRole().isBlank();
        if (!group && !role) {
            return item(Check.LEADS, false, "none");
        }
        if (group && !state.leadGroupKnown()) {
            return item(Check.LEADS, false, "no-such-group", state.leadGroup());
        }
        if (group && !state.leadGroupMembers()) {
            return item(Check.LEADS, false, "empty-group", state.leadGroup());
        }
        if (role && !state.leadRoleKnown()) {
            return item(Check.LEADS, false, "no-such-role", state.leadRole());
        }
        return item(Check.LEADS, true, "done");
    }

    private static Item project(State state) {
        if (!state.projectsUnready().isEmpty()) {
            return item(Check.PROJECT, false, "unready", String.join(", ", state.projectsUnready()));
        }
        return state.projectsReady() > 0 ? item(Check.PROJECT, true, "done", String.valueOf(state.projectsReady()))
                : item(Check.PROJECT, false, "none");
    }

    private static Item item(Check check, boolean done, String finding, String... arguments) {
        return new Item(check, done, check.labelKey() + "." + finding, List.of(arguments));
    }
}
