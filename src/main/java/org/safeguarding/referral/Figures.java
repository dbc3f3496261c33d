package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * Figures for trustees and commissioners: how many cases were raised each quarter, by exploitation type, referral
 * route, nation, age group and outcome, each table published with small numbers suppressed
 * ({@link SuppressedTable}). A case with more than one exploitation type or route counts once in each of its rows, so
 * those tables' totals count rows, not cases (the page says so); a case with none counts as "none recorded".
 */
public final class Figures {
    private Figures() {
    }

    /** What a table counts cases by. */
    public enum Dimension implements Identified {
        EXPLOITATION_TYPE("exploitation-type"),
        ROUTE("route"),
        NATION("nation"),
        AGE_GROUP("age-group"),
        OUTCOME("outcome");

        private final String id;

        Dimension(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "safeguarding.figures.dimension." + id;
        }

        /** Whether a case can count in more than one row. */
        public boolean manyPerCase() {
            return this == EXPLOITATION_TYPE || this == ROUTE;
        }
    }

    /** A calendar quarter, as "2026 Q4". */
    public record Quarter(int year, int number) implements Comparable<Quarter> {
        public static Quarter of(LocalDate day) {
            return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        }

        Quarter next() {
            return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
        }

        @Override
        public int compareTo(Quarter other) {
            return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
        }

        @Override
        public String toString() {
            return year + " Q" + number;
        }
    }

    /** A row's category, by its i18n key. */
    public record Category(String labelKey) {
        static final Category NONE_RECORDED = new Category("safeguarding.figures.none-recorded");
        static final Category OPEN = new Category("safeguarding.figures.open");
        static final Category CHILD = new Category("safeguarding.figures.child");
        static final Category ADULT = new Category("safeguarding.figures.adult");
    }

    /**
     * One case as the figures count it.
     *
     * @param child   whether it was a child's case by the one age rule, on the day it was raised; empty when not known
     * @param outcome the resolution it was closed with; empty while it is open
     */
    public record CaseFacts(LocalDate raised, Set<ExploitationType> types, Set<Route> routes, Optional<Nation> nation,
                            Optional<Boolean> child, Optional<Resolution> outcome) {
        public CaseFacts {
            types = Set.copyOf(types);
            routes = Set.copyOf(routes);
        }
    }

    /** One table: its rows' categories, its quarters, and its counts with their totals, suppressed. */
    public record Table(Dimension dimension, List<Category> rows, List<Quarter> quarters, SuppressedTable counts) {
        public Table {
            rows = List.copyOf(rows);
            quarters = List.copyOf(quarters);
        }
    }

    /** Every dimension's table, over the quarters from the first case to the last; none when there are no cases. */
    public static List<Table> of(Collection<CaseFacts> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Quarter first = cases.stream().map(facts -> Quarter.of(facts.raised())).min(Quarter::compareTo).orElseThrow();
        Quarter last = cases.stream().map(facts -> Quarter.of(facts.raised())).max(Quarter::compareTo).orElseThrow();
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter quarter = first; quarter.compareTo(last) <= 0; quarter = quarter.next()) {
            quarters.add(quarter);
        }
        return Arrays.stream(Dimension.values()).map(dimension -> table(dimension, cases, quarters)).toList();
    }

    private static Table table(Dimension dimension, Collection<CaseFacts> cases, List<Quarter> quarters) {
        List<Category> rows = categories(dimension);
        long[][] counts = new long[rows.size()][quarters.size()];
        for (CaseFacts facts : cases) {
            int column = quarters.indexOf(Quarter.of(facts.raised()));
            categoriesOf(dimension, facts).forEach(category -> counts[rows.indexOf(category)][column]++);
        }
        return new Table(dimension, rows, quarters, SuppressedTable.of(counts));
    }

    private static List<Category> categories(Dimension dimension) {
        return switch (dimension) {
            case EXPLOITATION_TYPE -> withNone(ExploitationType.values());
            case ROUTE -> withNone(Route.values());
            case NATION -> withNone(Nation.values());
            case AGE_GROUP -> List.of(Category.CHILD, Category.ADULT, Category.NONE_RECORDED);
            case OUTCOME -> Stream.concat(Stream.of(Category.OPEN), Arrays.stream(Resolution.values())
                    .map(Figures::category)).toList();
        };
    }

    private static List<Category> categoriesOf(Dimension dimension, CaseFacts facts) {
        return switch (dimension) {
            case EXPLOITATION_TYPE -> orNone(facts.types().stream().map(Figures::category).toList());
            case ROUTE -> orNone(facts.routes().stream().map(Figures::category).toList());
            case NATION -> List.of(facts.nation().map(Figures::category).orElse(Category.NONE_RECORDED));
            case AGE_GROUP -> List.of(facts.child().map(child -> child ? Category.CHILD : Category.ADULT)
                    .orElse(Category.NONE_RECORDED));
            case OUTCOME -> List.of(facts.outcome().map(Figures::category).orElse(Category.OPEN));
        };
    }

    private static Category category(Identified value) {
        return new Category(value.labelKey());
    }

    private static List<Category> withNone(Identified[] values) {
        return Stream.concat(Arrays.stream(values).map(Figures::category), Stream.of(Category.NONE_RECORDED)).toList();
    }

    private static List<Category> orNone(List<Category> categories) {
        return categories.isEmpty() ? List.of(Category.NONE_RECORDED) : categories;
    }
}
