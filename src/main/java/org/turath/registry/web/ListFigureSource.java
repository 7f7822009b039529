package org.turath.registry.web;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureRows;
import org.turath.figures.FigureSource;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.registry.HeritageKind;
import org.turath.shared.Language;

import java.util.List;
import java.util.Map;

/**
 * The List on the dashboard: its items by kind and by state (inscribed and in danger), and inscriptions by year —
 * published items only, a transnational item counted for each of its states, the period read on the year of
 * inscription.
 */
@Component
class ListFigureSource implements FigureSource {

    private static final String ON_THE_LIST = """
            i.publication = 'PUBLISHED' and i.status in ('INSCRIBED', 'IN_DANGER')
            and (? = '' or exists (select 1 from heritage_item_state s where s.item_id = i.id and s.iso2 = ?))
            and (? = false or i.inscription_year between ? and ?)""";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final GeoApi geo;

    ListFigureSource(JdbcTemplate jdbc, MessageSource messages, GeoApi geo) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.geo = geo;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        Object[] where = {filter.stateOrAny(), filter.stateOrAny(), filter.from().isPresent() || filter.until().isPresent(),
                filter.fromYear(), filter.untilYear()};
        List<String> statusColumns = List.of(text("heritage.status.inscribed", language), text("heritage.status.in-danger", language));
        String counts = "sum(case when i.status = 'INSCRIBED' then 1 else 0 end), sum(case when i.status = 'IN_DANGER' then 1 else 0 end)";
        Figure kinds = new Figure("list-kinds", text("dashboard.list.kinds", language), "stacked", text("dashboard.list.kind", language),
                statusColumns, FigureRows.read(jdbc, "select i.kind, " + counts + " from heritage_item i where " + ON_THE_LIST
                        + " group by i.kind order by count(*) desc, i.kind", 2,
                kind -> text("heritage.kind." + HeritageViews.enumKey(HeritageKind.valueOf(kind)), language), where), true);
        Figure years = new Figure("list-years", text("dashboard.list.years", language), "bar", text("dashboard.year", language),
                List.of(text("dashboard.list.inscriptions", language)), FigureRows.read(jdbc, "select i.inscription_year, count(*)"
                        + " from heritage_item i where " + ON_THE_LIST + " and i.inscription_year is not null"
                        + " group by i.inscription_year order by i.inscription_year", 1, year -> year, where), true);
        Map<String, CountryInfo> countries = geo.countries(geo.memberStateCodes());
        Figure states = new Figure("list-states", text("dashboard.list.states", language), "stacked-across", text("dashboard.state", language),
                statusColumns, FigureRows.read(jdbc, "select st.iso2, " + counts + " from heritage_item i"
                        + " join heritage_item_state st on st.item_id = i.id where " + ON_THE_LIST + " and (? = '' or st.iso2 = ?)"
                        + " group by st.iso2 order by count(*) desc, st.iso2", 2,
                code -> countries.containsKey(code) ? countries.get(code).name(language) : geo.country(code).map(c -> c.name(language)).orElse(code),
                where[0], where[1], where[2], where[3], where[4], where[0], where[0]), true);
        return List.of(kinds, years, states);
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
