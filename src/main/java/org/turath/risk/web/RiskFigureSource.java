package org.turath.risk.web;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureRows;
import org.turath.figures.FigureSource;
import org.turath.shared.Language;

import java.util.List;

/** Heritage at risk on the dashboard: published condition reports by the year of their assessment, and the items they cover. */
@Component
class RiskFigureSource implements FigureSource {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    RiskFigureSource(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        String sql = """
                select cast(extract(year from r.assessed_on) as integer), count(*), count(distinct r.item_reference)
                from risk_report r
                where r.status = 'PUBLISHED' and (? = '' or r.state = ?) and extract(year from r.assessed_on) between ? and ?
                group by cast(extract(year from r.assessed_on) as integer) order by 1""";
        return List.of(new Figure("risk-years", text("dashboard.risk.years", language), "bar", text("dashboard.year", language),
                List.of(text("dashboard.risk.reports", language), text("dashboard.risk.items", language)),
                FigureRows.read(jdbc, sql, 2, year -> year, filter.stateOrAny(), filter.stateOrAny(), filter.fromYear(), filter.untilYear()),
                true));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
