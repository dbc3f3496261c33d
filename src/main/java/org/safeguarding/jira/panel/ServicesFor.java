package org.safeguarding.jira.panel;

import java.util.Optional;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * Whom a "whom to call" section is for: a nation (or anywhere), a child or an adult, and a gender (or any), written in
 * a link as {@code scotland.adult.female}. The section depends on nothing else, so its link names no case and a
 * browser may keep its bytes and ask whether they changed.
 */
record ServicesFor(Optional<Nation> nation, boolean child, Optional<Gender> gender) {
    private static final String ANYWHERE = "anywhere";
    private static final String ANY_GENDER = "any";
    private static final String CHILD = "child";
    private static final String ADULT = "adult";

    static ServicesFor of(Optional<Nation> nation, boolean child, Optional<Gender> gender) {
        return new ServicesFor(nation, child, gender);
    }

    /** As the link writes it. */
    String token() {
        return nation.map(Nation::id).orElse(ANYWHERE) + "." + (child ? CHILD : ADULT) + "."
                + gender.map(Gender::id).orElse(ANY_GENDER);
    }

    /** What a link's token names; empty for one that names no nation, age or gender the app knows. */
    static Optional<ServicesFor> parse(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || !(CHILD.equals(parts[1]) || ADULT.equals(parts[1]))) {
            return Optional.empty();
        }
        Optional<Nation> nation = Identified.byId(Nation.class, parts[0]);
        Optional<Gender> gender = Identified.byId(Gender.class, parts[2]);
        if ((nation.isEmpty() && !ANYWHERE.equals(parts[0])) || (gender.isEmpty() && !ANY_GENDER.equals(parts[2]))) {
            return Optional.empty();
        }
        return Optional.of(new ServicesFor(nation, CHILD.equals(parts[1]), gender));
    }
}
