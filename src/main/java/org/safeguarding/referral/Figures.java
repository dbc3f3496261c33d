package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Nation;

/**
 * Figures for trustees and commissioners, a calendar year at a time once it is over: the concerns raised in the year,
 * by exploitation type, referral route, nation and age group, and the cases closed in it, by outcome. Every figure is
 * published as its band of ten ({@link Band}), totals included. A population's breakdowns are published only when its
 * total is 10 or more and, all its tables together, they leave every small count protected ({@link Deduction});
 * otherwise only its total. A year is published once and then kept as it was, so no reader can set two versions side
 * by side; and no year is published before it is over, so no count can be watched growing.
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

    /** A row's category, by its i18n key. */
    public record Category(String labelKey) {
        static final Category NONE_RECORDED = new Category("safeguarding.figures.none-recorded");
        static final Category CHILD = new Category("safeguarding.figures.child");
        static final Category ADULT = new Category("safeguarding.figures.adult");
    }

    /**
     * One case as the figures count it.
     *
     * @param child   whether it was a child's case by the one age rule, on the day it was raised; empty when not known
     * @param closed  the day it was closed; empty while it is open
     * @param outcome the resolution it was closed with; empty while open, or when Jira's resolution is not one of ours
     */
    public record CaseFacts(LocalDate raised, Set<ExploitationType> types, Set<Route> routes, Optional<Nation> nation,
                            Optional<Boolean> child, Optional<LocalDate> closed, Optional<Resolution> outcome) {
        public CaseFacts {
            types = Set.copyOf(types);
            routes = Set.copyOf(routes);
        }
    }

    /** One published table: its rows' categories and their bands. */
    public record Table(Dimension dimension, List<Category> rows, List<Band> counts) {
        public Table {
            rows = List.copyOf(rows);
            counts = List.copyOf(counts);
        }
    }

    /** Whether a population's tables are published, and if not, why. */
    public enum Breakdowns implements Identified {
        PUBLISHED("published"),
        /** Its total is under 10. */
        TOO_FEW("too-few"),
        /** Its tables together would narrow a small count. */
        WOULD_GIVE_AWAY("would-give-away");

        private final String id;

        Breakdowns(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "safeguarding.figures.breakdowns." + id;
        }
    }

    /** The cases raised, or closed, in a year: their total's band and, when published, their tables. */
    public record Population(Band total, Breakdowns breakdowns, List<Table> tables) {
        public Population {
            tables = List.copyOf(tables);
        }
    }

    /** A year's figures, as published. */
    public record Year(int year, Population raised, Population closed) {
    }

    private static final List<Dimension> RAISED = List.of(Dimension.EXPLOITATION_TYPE, Dimension.ROUTE,
            Dimension.NATION, Dimension.AGE_GROUP);
    private static final List<Dimension> CLOSED = List.of(Dimension.OUTCOME);

    /** The years over by today, from the year the first case was raised; none when there are no cases. */
    public static List<Integer> yearsOver(Optional<LocalDate> firstRaised, LocalDate today) {
        return firstRaised.stream().flatMapToInt(first -> IntStream.range(first.getYear(), today.getYear()))
                .boxed().toList();
    }

    /** The year's figures from its cases (any others are left out). */
    public static Year of(int year, Collection<CaseFacts> cases) {
        return new Year(year, population(RAISED, cases.stream().filter(facts -> facts.raised().getYear() == year)
                        .toList()),
                population(CLOSED, cases.stream().filter(facts -> facts.closed()
                        .filter(day -> day.getYear() == year).isPresent()).toList()));
    }

    private static Population population(List<Dimension> dimensions, List<CaseFacts> cases) {
        Band total = Band.of(cases.size());
        List<Table> tables = dimensions.stream().map(dimension -> table(dimension, cases)).toList();
        Breakdowns breakdowns = breakdowns(total, tables.stream().map(Figures::margin).toList());
        return new Population(total, breakdowns, breakdowns == Breakdowns.PUBLISHED ? tables : List.of());
    }

    /**
     * Whether tables with these bands may be published: a decision on the bands alone, never on the counts behind
     * them, so that it tells a reader nothing the bands would not.
     */
    static Breakdowns breakdowns(Band total, List<Deduction.Margin> margins) {
        if (total.lowest()) {
            return Breakdowns.TOO_FEW;
        }
        return Deduction.of(total, margins).protectsSmallCounts() ? Breakdowns.PUBLISHED : Breakdowns.WOULD_GIVE_AWAY;
    }

    private static Deduction.Margin margin(Table table) {
        return table.dimension().manyPerCase()
                ? Deduction.Margin.manyPerCase(table.counts(), table.rows().indexOf(Category.NONE_RECORDED))
                : Deduction.Margin.onePerCase(table.counts());
    }

    private static Table table(Dimension dimension, List<CaseFacts> cases) {
        List<Category> rows = categories(dimension);
        long[] counts = new long[rows.size()];
        cases.forEach(facts -> categoriesOf(dimension, facts).forEach(category -> counts[rows.indexOf(category)]++));
        return new Table(dimension, rows, Arrays.stream(counts).mapToObj(Band::of).toList());
    }

    private static List<Category> categories(Dimension dimension) {
        return switch (dimension) {
            case EXPLOITATION_TYPE -> withNone(ExploitationType.values());
            case ROUTE -> withNone(Route.values());
            case NATION -> withNone(Nation.values());
            case AGE_GROUP -> List.of(Category.CHILD, Category.ADULT, Category.NONE_RECORDED);
            case OUTCOME -> withNone(Resolution.values());
        };
    }

    private static List<Category> categoriesOf(Dimension dimension, CaseFacts facts) {
        return switch (dimension) {
            case EXPLOITATION_TYPE -> orNone(facts.types());
            case ROUTE -> orNone(facts.routes());
            case NATION -> List.of(facts.nation().map(Figures::category).orElse(Category.NONE_RECORDED));
            case AGE_GROUP -> List.of(facts.child().map(child -> child ? Category.CHILD : Category.ADULT)
                    .orElse(Category.NONE_RECORDED));
            case OUTCOME -> List.of(facts.outcome().map(Figures::category).orElse(Category.NONE_RECORDED));
        };
    }

    private static Category category(Identified value) {
        return new Category(value.labelKey());
    }

    private static List<Category> withNone(Identified[] values) {
        return Stream.concat(Arrays.stream(values).map(Figures::category), Stream.of(Category.NONE_RECORDED)).toList();
    }

    private static List<Category> orNone(Set<? extends Identified> values) {
        return values.isEmpty() ? List.of(Category.NONE_RECORDED) : values.stream().map(Figures::category).toList();
    }
}
