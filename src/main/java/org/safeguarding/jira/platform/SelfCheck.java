package org.safeguarding.jira.platform;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does this Jira have every part of its API the app uses? Checked on enable and whenever an administrator asks:
 * each class, method and field the build listed is looked up through the app's own class loader (reflection only,
 * nothing invoked). The result is this node's, as its Jira is; the parts of the app that would reach a missing member
 * ask {@link #missingFor} and switch themselves off with that message instead of failing.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class SelfCheck implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(SelfCheck.class);

    private final Supplier<InputStream> list;
    private final ClassLoader loader;
    private final String servletRoot;
    private final Clock clock;
    private final Map<String, List<Found>> missingByPart = new ConcurrentHashMap<>();
    private volatile Result latest;

    /** A member this Jira lacks, what is wrong, and every class of ours that reaches it. */
    public record Found(HostApiCheck.Missing missing, Set<String> reachedFrom) {
        public Found {
            reachedFrom = Set.copyOf(reachedFrom);
        }
    }

    /**
     * One check: when, how many members were looked up, which are missing; or, when the list itself could not be
     * read, why (then nothing is switched off: there is nothing to go by).
     */
    public record Result(Instant checkedAt, int checked, List<Found> missing, Optional<String> unreadable,
                         Optional<HostApiInventory> inventory) {
        public Result {
            missing = List.copyOf(missing);
        }

        public boolean allPresent() {
            return unreadable.isEmpty() && missing.isEmpty();
        }
    }

    @Inject
    public SelfCheck(Clock clock) {
        this(() -> SelfCheck.class.getResourceAsStream(HostApiInventory.RESOURCE), SelfCheck.class.getClassLoader(),
                HostApiInventory.servletRoot(HttpServlet.class), clock);
    }

    SelfCheck(Supplier<InputStream> list, ClassLoader loader, String servletRoot, Clock clock) {
        this.list = list;
        this.loader = loader;
        this.servletRoot = servletRoot;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        Result result = checkAgain();
        result.unreadable().ifPresent(why -> LOG.warn("Safeguarding for Jira self-check: {}", why));
        if (result.unreadable().isEmpty() && result.missing().isEmpty()) {
            LOG.info("Safeguarding for Jira self-check: all {} Jira API members the app uses are present",
                    result.checked());
        }
        result.missing().forEach(found -> LOG.warn("Safeguarding for Jira self-check: {} ({}); switched off: {}",
                found.missing().member().readable(), found.missing().problem(), found.reachedFrom()));
    }

    @Override
    public void onStop() {
        // Nothing held between checks.
    }

    /** The latest check, made now if none was. */
    public Result result() {
        Result result = latest;
        return result == null ? checkAgain() : result;
    }

    public synchronized Result checkAgain() {
        Result result;
        try (InputStream in = list.get()) {
            if (in == null) {
                result = unreadable("the app's list of the Jira API it uses is missing from its jar");
            } else {
                HostApiInventory inventory = HostApiInventory.read(in);
                List<Found> missing = HostApiCheck.missing(inventory.members(), loader,
                        inventory.asRunning(servletRoot)).stream()
                        .map(one -> new Found(one, inventory.reachingClasses(one.member()))).toList();
                result = new Result(clock.instant(), inventory.members().size(), missing, Optional.empty(),
                        Optional.of(inventory));
            }
        } catch (IOException | IllegalArgumentException e) {
            result = unreadable("the app's list of the Jira API it uses could not be read: " + e.getMessage());
        }
        missingByPart.clear();
        latest = result;
        return result;
    }

    /**
     * What of Jira's API this part of the app (a servlet, resource, panel, workflow rule or set-up step) could reach
     * and this Jira lacks; empty when it can run. Cheap once asked: the answer is kept until the next check.
     */
    public List<Found> missingFor(Class<?> part) {
        // As the build lists classes: a nested class, or a proxy Jira makes of ours, counts as the class it is in.
        String name = part.getName();
        return missingFor(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
    }

    List<Found> missingFor(String partName) {
        Result result = result();
        if (result.missing().isEmpty() || result.inventory().isEmpty()) {
            return List.of();
        }
        return missingByPart.computeIfAbsent(partName, name -> {
            Set<String> reachable = result.inventory().get().reachableFrom(name);
            return result.missing().stream()
                    .filter(found -> found.missing().member().users().stream().anyMatch(reachable::contains)).toList();
        });
    }

    private Result unreadable(String why) {
        return new Result(clock.instant(), 0, List.of(), Optional.of(why), Optional.empty());
    }
}
