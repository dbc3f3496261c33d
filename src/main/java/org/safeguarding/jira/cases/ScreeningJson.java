package org.safeguarding.jira.cases;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.safeguarding.jira.platform.rest.StrictJson;

/**
 * A screening as the REST API receives it: every value as the id string the API documents (docs/api.md), checked by
 * {@link ScreeningJsonReader} so that each bad field gets its own error.
 */
public final class ScreeningJson extends StrictJson {
    @JsonProperty
    String immediateDanger;
    @JsonProperty
    String ageGroup;
    @JsonProperty
    String dateOfBirth;
    @JsonProperty
    String under18DuringExploitation;
    @JsonProperty
    String gender;
    @JsonProperty
    String nation;
    @JsonProperty
    String consent;
    @JsonProperty
    String bestInterests;
    @JsonProperty
    String situationNow;
    @JsonProperty
    String whyNow;
    @JsonProperty
    String personReference;
    @JsonProperty
    String language;
    @JsonProperty
    String interpreterNeeded;
    @JsonProperty
    List<String> safeToContact;
    @JsonProperty
    List<String> supportNeeds;
    @JsonProperty
    List<String> barriers;
    @JsonProperty
    List<String> exploitationTypes;
    @JsonProperty
    List<String> indicatorsSeen;
    @JsonProperty
    Map<String, String> answers;
    @JsonProperty
    Map<String, String> notes;
    @JsonProperty
    PoliceDescriptionJson policeDescription;
}
