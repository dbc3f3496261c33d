package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import org.junit.Test;
import org.safeguarding.jira.platform.rest.FieldError;

public class NewProjectJsonReaderTest {
    private static List<String> fields(NewProjectJsonReader.Result result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    private static List<String> keys(NewProjectJsonReader.Result result) {
        return result.errors().stream().map(FieldError::messageKey).toList();
    }

    @Test
    public void read_shouldTakeTheKeyInCapitalsAndTrimEveryField() {
        NewProjectJsonReader.Result read = NewProjectJsonReader.read(
                "{\"key\": \" safe \", \"name\": \" Safeguarding \", \"lead\": \"jsmith\", \"raisers\": \"staff \"}");

        assertThat(read.errors(), is(empty()));
        assertThat(read.project(), is(new NewProject("SAFE", "Safeguarding", "jsmith", "staff")));
    }

    @Test
    public void read_shouldLeaveTheLeadToTheAdminAskingWhenNoneIsGiven() {
        assertThat(NewProjectJsonReader.read("{\"key\": \"SAFE\", \"name\": \"Safeguarding\", \"lead\": \" \", "
                + "\"raisers\": \"staff\"}").project().lead(), is(nullValue()));
        assertThat(NewProjectJsonReader.read("{\"key\": \"SAFE\", \"name\": \"Safeguarding\", \"raisers\": \"staff\"}")
                .project().lead(), is(nullValue()));
    }

    @Test
    public void read_shouldNameEachMissingField() {
        NewProjectJsonReader.Result read = NewProjectJsonReader.read("{\"key\": \"\", \"name\": \"  \"}");

        assertThat(read.project(), is(nullValue()));
        assertThat(keys(read), containsInAnyOrder("safeguarding.error.new-project.key-missing",
                "safeguarding.error.new-project.name-missing", "safeguarding.error.new-project.raisers-missing"));
    }

    @Test
    public void read_shouldRefuseAKeyJiraCouldNotTake() {
        for (String key : List.of("S", "1SAFE", "SA-FE", "SAFE GUARD", "É")) {
            NewProjectJsonReader.Result read = NewProjectJsonReader.read("{\"key\": \"" + key
                    + "\", \"name\": \"Safeguarding\", \"raisers\": \"staff\"}");

            assertThat(key, keys(read), contains("safeguarding.error.project-key-shape"));
        }
    }

    @Test
    public void read_shouldRefuseAFieldLongerThanJiraTakes() {
        NewProjectJsonReader.Result read = NewProjectJsonReader.read("{\"key\": \"SAFEGUARDING\", \"name\": \""
                + "n".repeat(81) + "\", \"raisers\": \"" + "g".repeat(256) + "\"}");

        assertThat(fields(read), containsInAnyOrder("key", "name", "raisers"));
        assertThat(keys(read), contains("safeguarding.error.too-long", "safeguarding.error.too-long",
                "safeguarding.error.too-long"));
    }

    @Test
    public void read_shouldRefuseALineBreakInAName() {
        NewProjectJsonReader.Result read = NewProjectJsonReader.read(
                "{\"key\": \"SAFE\", \"name\": \"Safe\\nguarding\", \"raisers\": \"staff\"}");

        assertThat(fields(read), contains("name"));
        assertThat(keys(read), contains("safeguarding.error.line-break"));
    }

    @Test
    public void read_shouldRefuseAnUnknownFieldAndWhatIsNotJson() {
        assertThat(fields(NewProjectJsonReader.read("{\"key\": \"SAFE\", \"name\": \"Safeguarding\", "
                + "\"raisers\": \"staff\", \"notificationScheme\": 1}")), contains("notificationScheme"));
        assertThat(NewProjectJsonReader.read("{\"key\": ").project(), is(nullValue()));
        assertThat(NewProjectJsonReader.read("[]").errors(), is(org.hamcrest.Matchers.not(empty())));
    }
}
