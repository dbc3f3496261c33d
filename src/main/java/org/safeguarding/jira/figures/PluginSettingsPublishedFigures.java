package org.safeguarding.jira.figures;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.PluginSettingsJson;
import org.safeguarding.referral.Band;
import org.safeguarding.referral.Figures;
import org.safeguarding.screening.Identified;

/**
 * The published years in SAL's global plugin settings, as JSON, so every node shows the same figures. A year is
 * added once and never rewritten; bands are stored as where they start, categories by their words' keys.
 */
@Named
public class PluginSettingsPublishedFigures implements PublishedFigures {
    static final String KEY = "org.safeguarding.figures.published";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsPublishedFigures(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public List<Published> all() {
        return PluginSettingsJson.read(settingsFactory, KEY, StoredJson.class, json -> json.years.stream()
                .map(PluginSettingsPublishedFigures::published)
                .sorted(Comparator.comparingInt(published -> published.figures().year())).toList()).orElse(List.of());
    }

    @Override
    public void keep(Published published) {
        List<YearJson> years = new ArrayList<>(stored());
        if (years.stream().noneMatch(stored -> stored.year == published.figures().year())) {
            years.add(json(published));
            StoredJson json = new StoredJson();
            json.years = years;
            PluginSettingsJson.write(settingsFactory, KEY, json);
        }
    }

    private List<YearJson> stored() {
        return PluginSettingsJson.read(settingsFactory, KEY, StoredJson.class, json -> json.years).orElse(List.of());
    }

    private static YearJson json(Published published) {
        YearJson json = new YearJson();
        json.year = published.figures().year();
        json.publishedOn = published.on().toString();
        json.raised = json(published.figures().raised());
        json.closed = json(published.figures().closed());
        return json;
    }

    private static PopulationJson json(Figures.Population population) {
        PopulationJson json = new PopulationJson();
        json.total = population.total().from();
        json.breakdowns = population.breakdowns().id();
        for (Figures.Table table : population.tables()) {
            TableJson tableJson = new TableJson();
            tableJson.dimension = table.dimension().id();
            for (int row = 0; row < table.rows().size(); row++) {
                RowJson rowJson = new RowJson();
                rowJson.label = table.rows().get(row).labelKey();
                rowJson.from = table.counts().get(row).from();
                tableJson.rows.add(rowJson);
            }
            json.tables.add(tableJson);
        }
        return json;
    }

    private static Published published(YearJson json) {
        return new Published(new Figures.Year(json.year, population(json.raised), population(json.closed)),
                LocalDate.parse(json.publishedOn));
    }

    private static Figures.Population population(PopulationJson json) {
        return new Figures.Population(new Band(json.total),
                Identified.byId(Figures.Breakdowns.class, json.breakdowns).orElseThrow(),
                json.tables.stream().map(table -> new Figures.Table(
                        Identified.byId(Figures.Dimension.class, table.dimension).orElseThrow(),
                        table.rows.stream().map(row -> new Figures.Category(row.label)).toList(),
                        table.rows.stream().map(row -> new Band(row.from)).toList())).toList());
    }

    /** Every published year, as stored. */
    static final class StoredJson {
        public List<YearJson> years = new ArrayList<>();
    }

    static final class YearJson {
        public int year;
        public String publishedOn;
        public PopulationJson raised;
        public PopulationJson closed;
    }

    static final class PopulationJson {
        public long total;
        public String breakdowns;
        public List<TableJson> tables = new ArrayList<>();
    }

    static final class TableJson {
        public String dimension;
        public List<RowJson> rows = new ArrayList<>();
    }

    static final class RowJson {
        public String label;
        public long from;
    }
}
