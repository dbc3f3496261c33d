package org.safeguarding.jira.directory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.java.ao.schema.StringLength;
import org.junit.Test;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;

public class DirectoryColumnsTest {
    @Test
    public void columns_shouldBeWhatActiveObjectsMakesOfTheEntity() throws Exception {
        assertThat(ResourceEntity.class.getMethod("getName").getAnnotation(StringLength.class)
                == null, is(true));
        assertThat(ResourceEntity.class.getMethod("getSource").getAnnotation(StringLength.class)
                .value(), is(DirectoryColumns.LONG));
        assertThat(ResourceEntity.class.getMethod("getLanguages")
                .getAnnotation(StringLength.class).value(), is(DirectoryColumns.LONG));
        assertThat(DirectoryColumns.SHORT, is(255));
        assertThat(DirectoryColumns.LONG, is(767));
    }

    @Test
    public void requireFits_shouldAcceptAnEntryThatExactlyFills() {
        DirectoryColumns.requireFits(entry("n".repeat(255), List.of("l".repeat(767))));
    }

    @Test
    public void requireFits_shouldAcceptEveryEntryTheAppShips() {
        DefaultDirectory.load().entries().forEach(DirectoryColumns::requireFits);
    }

    @Test
    public void requireFits_shouldNameEachFieldTooLongForItsColumn() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                DirectoryColumns.requireFits(entry("n".repeat(256), List.of("l".repeat(400), "m".repeat(400)))));

        assertThat(refused.getMessage(), allOf(containsString("name (256 characters, the column holds 255)"),
                containsString("languages (801 characters, the column holds 767)")));
    }

    @Test
    public void requireFits_shouldRefuseALanguageThatALineBreakWouldSplit() {
        for (String lineBreak : List.of("\n", "\r", "\u2028")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                    DirectoryColumns.requireFits(entry("Refuge", List.of("Urdu" + lineBreak + "Arabic"))));

            assertThat(refused.getMessage(), containsString("a line break would split a language in two"));
        }
    }

    private static Resource entry(String name, List<String> languages) {
        return new Resource("local-refuge", name, "0113 000 0000", null, Set.of(), Audience.ADULTS,
                ResourceCategory.OTHER_HELP, languages, LocalDate.of(2026, 11, 29), "https://example.org", null,
                false);
    }
}
