package org.safeguarding.jira.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.safeguarding.jira.platform.rest.StrictJson;

/** The description for police, as JSON: plain text, and the last sighting as an ISO date and time. */
public final class PoliceDescriptionJson extends StrictJson {
    @JsonProperty
    String height;
    @JsonProperty
    String build;
    @JsonProperty
    String nationality;
    @JsonProperty
    String distinguishingFeatures;
    @JsonProperty
    String languagesSpoken;
    @JsonProperty
    String lastSeenWhere;
    @JsonProperty
    String lastSeenWhen;
    @JsonProperty
    String lastSeenWearing;
}
