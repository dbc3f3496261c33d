package org.safeguarding.release;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class ChangelogTest {
    private static final String CHANGELOG = String.join("\n", "# Changelog", "", "Intro for admins.", "",
            "## [Unreleased]", "", "### Added", "- Connected concerns.", "",
            "## [1.1.0] - 2027-02-01", "", "### Fixed", "- The figures page.", "", "### On upgrade", "- Run set-up.", "",
            "## [1.0.0] - 2026-12-07", "", "- The first version.", "",
            "[1.1.0]: https://example.org/compare/1.0.0...1.1.0", "[1.0.0]: https://example.org/tag/1.0.0", "");

    @Test
    public void part_shouldGiveADevelopmentBuildTheUnreleasedPart() {
        Changelog.Part part = Changelog.part(CHANGELOG, "1.2.0-SNAPSHOT");

        assertThat(part.text(), is("### Added\n- Connected concerns."));
        assertThat(part.released(), is(Optional.empty()));
    }

    @Test
    public void part_shouldGiveAReleaseItsOwnDatedPartUpToTheNextVersion() {
        Changelog.Part part = Changelog.part(CHANGELOG, "1.1.0");

        assertThat(part.text(), is("### Fixed\n- The figures page.\n\n### On upgrade\n- Run set-up."));
        assertThat(part.released(), is(Optional.of(LocalDate.of(2027, 2, 1))));
    }

    @Test
    public void part_shouldLeaveTheVersionsLinksOutOfTheLastPart() {
        assertThat(Changelog.part(CHANGELOG, "1.0.0").text(), is("- The first version."));
    }

    @Test
    public void part_shouldRefuseAReleaseTheChangelogDoesNotName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Changelog.part(CHANGELOG, "1.0.1"));

        assertThat(refused.getMessage(), is("CHANGELOG.md has no part for 1.0.1: add a heading "
                + "## [1.0.1] - YYYY-MM-DD with what changed"));
    }

    @Test
    public void part_shouldRefuseADevelopmentBuildWithNoUnreleasedPart() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Changelog.part("## [1.0.0] - 2026-12-07\n- First.", "1.1.0-SNAPSHOT"));

        assertThat(refused.getMessage(), containsString("add a heading ## [Unreleased]"));
    }

    @Test
    public void part_shouldRefuseAReleaseWithNoDay() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Changelog.part("## [1.0.0]\n- First.", "1.0.0"));

        assertThat(refused.getMessage(), is("CHANGELOG.md gives 1.0.0 no release day: write ## [1.0.0] - YYYY-MM-DD"));
    }

    @Test
    public void part_shouldRefuseAReleaseDayThatIsNoDate() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Changelog.part("## [1.0.0] - 7/12/2026\n- First.", "1.0.0"));

        assertThat(refused.getMessage(), containsString("the release day '7/12/2026', which is not a date"));
    }

    @Test
    public void part_shouldRefuseAPartWithNothingInIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Changelog.part("## [Unreleased]\n\n## [1.0.0] - 2026-12-07\n- First.", "1.1.0-SNAPSHOT"));

        assertThat(refused.getMessage(), containsString("says nothing under Unreleased"));
    }
}
