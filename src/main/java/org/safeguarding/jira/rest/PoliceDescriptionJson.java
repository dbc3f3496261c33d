package org.safeguarding.jira.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** The description for police, as JSON: plain text, and the last sighting as an ISO date and time. */
public final class PoliceDescriptionJson {
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
    final List<String> unknownFields = new ArrayList<>();

    @JsonAnySetter
    void unknownField(String name, Object ignored) {
        unknownFields.add(name);
    }
}
