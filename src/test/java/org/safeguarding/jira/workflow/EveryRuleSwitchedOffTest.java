package org.safeguarding.jira.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.safeguarding.check.HostApiScanner;
import org.safeguarding.jira.platform.HostApiCheck;
import org.safeguarding.jira.platform.HostApiInventory;
import org.safeguarding.jira.platform.HostMember;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.PropertiesTexts;

/**
 * Every workflow condition, validator and post-function the descriptor names that reaches Jira's API is switched off by
 * the self-check: where this Jira lacks part of that API, a validator or post-function refuses the transition in words
 * and a condition hides it, each before it touches anything else it was given.
 */
public class EveryRuleSwitchedOffTest {
    private static final Pattern RULE = Pattern.compile("<(?:condition|validator|function)-class>([^<]+)</");

    @Test
    public void everyRule_shouldRefuseOrHideItsTransitionBeforeItTouchesAnythingWhenSwitchedOff() throws Exception {
        HostApiInventory built = HostApiScanner.inventoryOf(Path.of(System.getProperty("basedir", "."),
                "target", "classes"));
        List<String> rules = rulesInTheDescriptor();
        List<String> problems = new ArrayList<>();
        for (String name : rules) {
            Class<?> rule = Class.forName(name);
            SelfCheck selfCheck = mock(SelfCheck.class);
            HostMember member = new HostMember(HostMember.Kind.METHOD, "com/atlassian/jira/issue/IssueManager",
                    "getIssueObject", "(Ljava/lang/Long;)Lcom/atlassian/jira/issue/MutableIssue;",
                    HostMember.Use.INTERFACE, Set.of(name));
            when(selfCheck.missingFor(rule)).thenReturn(List.of(new SelfCheck.Found(
                    new HostApiCheck.Missing(member, "no such method"), member.users())));
            List<Object> collaborators = new ArrayList<>();
            Object instance = construct(rule, new RuleGuard(selfCheck, new PropertiesTexts()), collaborators);
            String outcome = run(instance);
            // A rule that calls nothing of Jira's (Report missing is never refused) has nothing to switch off.
            String expected = reachesJira(built, name) ? "switched off" : "ran";
            if (!outcome.equals(expected)) {
                problems.add(name + ": " + outcome);
            }
            collaborators.stream().filter(one -> !mockingDetails(one).getInvocations().isEmpty())
                    .forEach(one -> problems.add(name + " touched " + mockingDetails(one).getMockCreationSettings()
                            .getTypeToMock().getSimpleName() + " while switched off"));
        }
        assertThat(rules, hasSize(15));
        assertThat(problems, empty());
    }

    private static boolean reachesJira(HostApiInventory built, String rule) {
        Set<String> reachable = built.reachableFrom(rule);
        return built.members().stream().filter(member -> member.kind() != HostMember.Kind.CLASS)
                .anyMatch(member -> member.users().stream().anyMatch(reachable::contains));
    }

    private static List<String> rulesInTheDescriptor() throws Exception {
        Matcher found = RULE.matcher(Files.readString(Path.of(System.getProperty("basedir", "."),
                "atlassian-plugin.xml")));
        List<String> rules = new ArrayList<>();
        while (found.find()) {
            rules.add(found.group(1).strip());
        }
        return rules;
    }

    private static Object construct(Class<?> rule, RuleGuard guard, List<Object> collaborators) throws Exception {
        // The constructor Jira's plugin system injects: the one marked @Inject, or the widest public one.
        Constructor<?> constructor = Arrays.stream(rule.getConstructors())
                .max(Comparator.comparing((Constructor<?> one) -> one.isAnnotationPresent(Inject.class))
                        .thenComparing(Constructor::getParameterCount)).orElseThrow();
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            Class<?> type = constructor.getParameterTypes()[i];
            if (type == RuleGuard.class) {
                arguments[i] = guard;
            } else {
                arguments[i] = mock(type);
                collaborators.add(arguments[i]);
            }
        }
        return constructor.newInstance(arguments);
    }

    private static String run(Object rule) {
        Map<String, Object> transientVars = new HashMap<>();
        try {
            if (rule instanceof Condition condition) {
                return condition.passesCondition(transientVars, Map.of(), null) ? "shown" : "switched off";
            }
            if (rule instanceof Validator validator) {
                validator.validate(transientVars, Map.of(), null);
            } else {
                ((FunctionProvider) rule).execute(transientVars, Map.of(), null);
            }
            return "ran";
        } catch (InvalidInputException refused) {
            return refused.getGenericErrors().toString().contains("is switched off") ? "switched off"
                    : "refused for another reason: " + refused.getGenericErrors();
        } catch (Exception | LinkageError other) {
            return "failed: " + other;
        }
    }
}
