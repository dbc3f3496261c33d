package org.safeguarding.jira.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.Band;
import org.safeguarding.referral.Figures;

/**
 * A published year in words: each population's total as its band ("10 to 19"), and its tables, or why they are not
 * shown. The page and the CSV file show the same words, so neither can give away more than the other.
 */
final class FiguresPage {
    private FiguresPage() {
    }

    /** The year for the template: year, publishedOn, and raised and closed (title, total, note, tables). */
    static Map<String, Object> forTemplate(PublishedFigures.Published published, Texts texts) {
        Figures.Year year = published.figures();
        return Map.of("year", String.valueOf(year.year()), "publishedOn", UkDates.day(published.on()),
                "populations", List.of(
                        population("raised", year, year.raised(), texts),
                        population("closed", year, year.closed(), texts)));
    }

    private static Map<String, Object> population(String id, Figures.Year year, Figures.Population population,
                                                  Texts texts) {
        return Map.of("id", id + "-" + year.year(),
                "title", texts.text("safeguarding.figures." + id, String.valueOf(year.year())),
                "total", band(population.total(), texts),
                "note", population.breakdowns() == Figures.Breakdowns.PUBLISHED ? ""
                        : texts.text(population.breakdowns().labelKey()),
                "tables", population.tables().stream().map(table -> Map.of(
                        "id", table.dimension().id() + "-" + year.year(),
                        "title", texts.text(table.dimension().labelKey()),
                        "note", note(table, texts),
                        "rows", rows(table, texts).stream().map(row -> Map.of("name", row.get(0),
                                "number", row.get(1))).toList())).toList());
    }

    /**
     * What to know reading a table: that a case can count in more than one row; and where the type of exploitation was
     * not recorded on some cases, how many, in its band, and where the lead records it.
     */
    private static String note(Figures.Table table, Texts texts) {
        String note = table.dimension().manyPerCase() ? texts.text("safeguarding.figures.many-per-case") : "";
        int none = table.rows().indexOf(new Figures.Category("safeguarding.figures.none-recorded"));
        if (table.dimension() == Figures.Dimension.EXPLOITATION_TYPE && none >= 0
                && table.counts().get(none).from() > 0) {
            note = (note + " " + texts.text("safeguarding.figures.types-missing", band(table.counts().get(none),
                    texts))).strip();
        }
        return note;
    }

    /** The CSV file's header: one figure a line, so a spreadsheet can sort and filter them. */
    static List<String> csvHeader(Texts texts) {
        return List.of(texts.text("safeguarding.figures.csv.year"), texts.text("safeguarding.figures.csv.counted"),
                texts.text("safeguarding.figures.csv.table"), texts.text("safeguarding.figures.csv.row"),
                texts.text("safeguarding.figures.csv.number"));
    }

    /** A year's lines: each population's total, then each row of its tables. */
    static List<List<String>> csvLines(PublishedFigures.Published published, Texts texts) {
        Figures.Year year = published.figures();
        List<List<String>> lines = new ArrayList<>();
        String when = String.valueOf(year.year());
        for (Map.Entry<String, Figures.Population> each : List.of(Map.entry("raised", year.raised()),
                Map.entry("closed", year.closed()))) {
            String counted = texts.text("safeguarding.figures." + each.getKey(), when);
            String total = texts.text("safeguarding.figures.total");
            lines.add(List.of(when, counted, total, total, band(each.getValue().total(), texts)));
            for (Figures.Table table : each.getValue().tables()) {
                for (List<String> row : rows(table, texts)) {
                    lines.add(List.of(when, counted, texts.text(table.dimension().labelKey()), row.get(0),
                            row.get(1)));
                }
            }
        }
        return lines;
    }

    /** Each row of a table: its name and its band. */
    private static List<List<String>> rows(Figures.Table table, Texts texts) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < table.rows().size(); row++) {
            rows.add(List.of(texts.text(table.rows().get(row).labelKey()), band(table.counts().get(row), texts)));
        }
        return rows;
    }

    static String band(Band band, Texts texts) {
        return texts.text("safeguarding.figures.band", String.valueOf(band.from()), String.valueOf(band.to()));
    }
}
