package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import org.junit.Test;

public class PersonReferenceTest {

    @Test
    public void problem_shouldAcceptTheNumbersOrganisationsGiveTheirGuests() {
        for (String reference : new String[] {"1023", "G-1023", "CL/2024/0077", "guest 17", " NHS.123 456 7890 ",
            "Ш-12", "٣٤٥"}) {
            assertThat(reference, PersonReference.problem(reference), is(Optional.empty()));
        }
    }

    @Test
    public void problem_shouldRefuseWhatLooksLikeANameBecauseItHasNoDigit() {
        for (String name : new String[] {"Amira Hassan", "O'Neil", "Jan-Piet", "Łukasz"}) {
            Optional<PersonReference.Problem> problem = PersonReference.problem(name);
            assertThat(name, problem.orElse(null), is(name.contains("'") ? PersonReference.Problem.CHARACTERS
                    : PersonReference.Problem.NO_DIGIT));
        }
    }

    @Test
    public void problem_shouldRefuseOtherCharactersAndSeparatorsAtEitherEnd() {
        for (String reference : new String[] {"G-1023!", "<b>12</b>", "12\"", "-12", "12/", "1\n2", "1\t2", ""}) {
            assertThat(reference, PersonReference.problem(reference), is(Optional.of(
                    PersonReference.Problem.CHARACTERS)));
        }
    }

    @Test
    public void problem_shouldRefuseAReferenceLongerThanFortyCharacters() {
        assertThat(PersonReference.problem("1".repeat(40)), is(Optional.empty()));
        assertThat(PersonReference.problem("1".repeat(41)), is(Optional.of(PersonReference.Problem.TOO_LONG)));
    }

    @Test
    public void matchKey_shouldMatchTheSameReferenceWrittenWithOtherCaseOrSpaces() {
        assertThat(PersonReference.matchKey(" g 1023 "), is(PersonReference.matchKey("G1023")));
        assertThat(PersonReference.matchKey("G-1023").equals(PersonReference.matchKey("G1023")), is(false));
    }
}
