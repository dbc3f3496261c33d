package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every value of the domain with a stable id (stored in cases, settings and saved filters) can be found by its id,
 * and has a label a person can read: each enum of the core that is {@link Identified}, found in the compiled classes
 * so a new one is checked without being listed here.
 */
public class IdentifiedTest {
    private static final List<String> CORE = List.of("screening", "referral", "resources");

    @Test
    public void everyIdentifiedValue_shouldBeFoundByItsIdAndHaveALabelInPlainEnglish() throws Exception {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/safeguarding.properties")) {
            texts.load(in);
        }
        List<Class<?>> enums = identifiedEnums();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : enums) {
            problems.addAll(problems(type, texts));
        }
        assertThat(enums.size(), greaterThan(25));
        assertThat(problems, empty());
    }

    @Test
    public void ids_shouldListEveryIdInOrderForAnErrorMessage() {
        assertThat(Identified.ids(Answer.class), is(Arrays.stream(Answer.values()).map(Answer::id)
                .collect(Collectors.joining(", "))));
        assertThat(Identified.byId(Answer.class, "no such answer"), is(Optional.empty()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> problems(Class<?> type, Properties texts) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Object constant : type.getEnumConstants()) {
            Identified value = (Identified) constant;
            String where = type.getSimpleName() + "." + constant;
            if (value.id() == null || !value.id().matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
                problems.add(where + ": id '" + value.id() + "' is not lower-case words joined by hyphens or dots");
            } else if (!ids.add(value.id())) {
                problems.add(where + ": id '" + value.id() + "' is used twice");
            } else if (Identified.byId((Class) type, value.id()).orElse(null) != constant) {
                problems.add(where + ": not found by its id '" + value.id() + "'");
            }
            if (value.labelKey() == null || texts.getProperty(value.labelKey(), "").isBlank()) {
                problems.add(where + ": label key '" + value.labelKey() + "' has no text");
            }
        }
        return problems;
    }

    private static List<Class<?>> identifiedEnums() throws IOException, ClassNotFoundException {
        Path classes = Path.of(System.getProperty("basedir", "."), "target", "classes", "org", "safeguarding");
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : CORE) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
                for (Path file : files.filter(one -> one.toString().endsWith(".class")).sorted().toList()) {
                    String name = "org.safeguarding." + pkg + "." + file.getFileName().toString()
                            .replace(".class", "").replace('/', '.');
                    Class<?> type = Class.forName(name);
                    if (type.isEnum() && Identified.class.isAssignableFrom(type)) {
                        found.add(type);
                    }
                }
            }
        }
        return found;
    }
}
