package org.safeguarding.jira.platform;

/**
 * The plugin's web resources (descriptor {@code <web-resource>} keys) that a page of ours needs. Pages require them
 * in Java before their template renders, as Jira's own pages do: a template's {@code $webResourceManager} did nothing
 * on a live Jira 10.3 (docs/compatibility.md, "What a template is given").
 */
public enum PageResource {
    ADMIN("safeguarding-admin-resources"),
    PRINT("safeguarding-print-resources"),
    FIGURES("safeguarding-figures-resources"),
    ANONYMISE("safeguarding-anonymise-resources"),
    RAISE("safeguarding-raise-resources"),
    SHARING("safeguarding-sharing-resources"),
    MARKERS("safeguarding-markers-resources"),
    STAFF("safeguarding-staff-resources");

    private static final String PLUGIN_KEY = "org.safeguarding.safeguarding-for-jira";
    private final String key;

    PageResource(String key) {
        this.key = key;
    }

    /** The web resource's key in the descriptor. */
    public String key() {
        return key;
    }

    /** The key Jira knows it by: the plugin's key, a colon, the web resource's key. */
    public String completeKey() {
        return PLUGIN_KEY + ":" + key;
    }
}
