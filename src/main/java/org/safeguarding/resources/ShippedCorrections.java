package org.safeguarding.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What it takes to bring an installed directory up to date with the one this version ships: a corrected number or
 * scope must reach the organisations that installed an earlier version, not only new ones. Only what no person has
 * touched is changed: an entry an admin added, edited, checked or retired is theirs, and stays as they left it.
 *
 * @param added     shipped entries the directory does not have yet
 * @param corrected shipped entries, as now shipped, whose installed copy no person has changed and which differ
 * @param withdrawn ids of entries an earlier version shipped, no person has changed, and this version no longer ships
 */
public record ShippedCorrections(List<Resource> added, List<Resource> corrected, List<String> withdrawn) {
    public ShippedCorrections {
        added = List.copyOf(added);
        corrected = List.copyOf(corrected);
        withdrawn = List.copyOf(withdrawn);
    }

    /**
     * @param changedByPeople ids of the installed entries that anyone but the app itself has ever changed
     */
    public static ShippedCorrections between(List<Resource> shipped, List<Resource> installed,
                                             Set<String> changedByPeople) {
        Map<String, Resource> installedById = installed.stream()
                .collect(Collectors.toMap(Resource::id, Function.identity()));
        Set<String> shippedIds = shipped.stream().map(Resource::id).collect(Collectors.toSet());
        List<Resource> added = new ArrayList<>();
        List<Resource> corrected = new ArrayList<>();
        for (Resource entry : shipped) {
            Resource copy = installedById.get(entry.id());
            if (copy == null) {
                added.add(entry);
            } else if (untouched(copy, changedByPeople) && !copy.equals(entry)) {
                corrected.add(entry);
            }
        }
        List<String> withdrawn = installed.stream()
                .filter(copy -> !shippedIds.contains(copy.id()) && untouched(copy, changedByPeople))
                .map(Resource::id).toList();
        return new ShippedCorrections(added, corrected, withdrawn);
    }

    public boolean isEmpty() {
        return added.isEmpty() && corrected.isEmpty() && withdrawn.isEmpty();
    }

    /** Retired entries are left alone too: only a person retires one, and a withdrawn one is already retired. */
    private static boolean untouched(Resource copy, Set<String> changedByPeople) {
        return !copy.retired() && !changedByPeople.contains(copy.id());
    }
}
