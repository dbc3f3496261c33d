package org.safeguarding.jira.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.Figures;
import org.safeguarding.referral.SuppressedTable;

/**
 * The figures as published, in words: each table's quarters, its rows with their counts and totals, and the totals
 * row, every entry as a number, "fewer than 5" or "hidden". The page and the CSV file show the same words, so neither
 * can give away more than the other.
 */
final class FiguresPage {
    private FiguresPage() {
    }

    /** A table's header line: the row heading, each quarter, the total. */
    static List<String> header(Figures.Table table, Texts texts) {
        List<String> header = new ArrayList<>();
        header.add(texts.text(table.dimension().labelKey()));
        table.quarters().forEach(quarter -> header.add(quarter.toString()));
        header.add(texts.text("safeguarding.figures.total"));
        return header;
    }

    /** A table's lines under its header: each row, then the totals row; each starts with its row's name. */
    static List<List<String>> lines(Figures.Table table, Texts texts) {
        SuppressedTable counts = table.counts();
        List<List<String>> lines = new ArrayList<>();
        for (int row = 0; row <= counts.rows(); row++) {
            List<String> line = new ArrayList<>();
            line.add(row < counts.rows() ? texts.text(table.rows().get(row).labelKey())
                    : texts.text(table.dimension().manyPerCase() ? "safeguarding.figures.total-rows"
                            : "safeguarding.figures.total"));
            for (int column = 0; column <= counts.columns(); column++) {
                line.add(shown(counts.entry(row, column), texts));
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * A table for the template: id, title, note ("" or why the totals count rows), header (the quarters and "Total"
     * after the row heading), and lines, each a row's name and its entries, the last the totals.
     */
    static Map<String, Object> forTemplate(Figures.Table table, Texts texts) {
        List<String> header = header(table, texts);
        return Map.of("id", table.dimension().id(), "title", texts.text(table.dimension().labelKey()),
                "note", table.dimension().manyPerCase() ? texts.text("safeguarding.figures.many-per-case") : "",
                "corner", header.get(0), "columns", header.subList(1, header.size()),
                "lines", lines(table, texts).stream().map(line -> Map.of("name", line.get(0),
                        "entries", line.subList(1, line.size()))).toList());
    }

    private static String shown(SuppressedTable.Entry entry, Texts texts) {
        return switch (entry.shown()) {
            case COUNT -> String.valueOf(entry.count());
            case FEWER_THAN_5 -> texts.text("safeguarding.figures.fewer-than-5");
            case HIDDEN -> texts.text("safeguarding.figures.hidden");
        };
    }
}
