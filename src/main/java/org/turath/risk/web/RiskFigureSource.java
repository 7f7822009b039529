package org.turath.risk.web;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureRows;
import org.turath.figures.FigureSource;
import org.turath.risk.Vocabulary;
import org.turath.shared.Language;

import java.util.List;
import java.util.Map;

/**
 * Heritage at risk on the dashboard: published condition reports by the year of their assessment and the items they
 * cover, items by the condition their latest report gives, and reports by the primary factor affecting the property.
 */
@Component
class RiskFigureSource implements FigureSource {

    /** A published report of the filter's state and period ({@code ?, ?, ?, ?}: the state twice, the first and last year). */
    private static final String PUBLISHED = "r.status = 'PUBLISHED' and (? = '' or r.state = ?)"
            + " and extract(year from r.assessed_on) between ? and ?";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final RiskViews views;

    RiskFigureSource(JdbcTemplate jdbc, MessageSource messages, RiskViews views) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.views = views;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        Object[] where = {filter.stateOrAny(), filter.stateOrAny(), filter.fromYear(), filter.untilYear()};
        Figure years = new Figure("risk-years", text("dashboard.risk.years", language), "bar", text("dashboard.year", language),
                List.of(text("dashboard.risk.reports", language), text("dashboard.risk.items", language)),
                FigureRows.read(jdbc, "select cast(extract(year from r.assessed_on) as integer), count(*), count(distinct r.item_reference)"
                        + " from risk_report r where " + PUBLISHED + " group by cast(extract(year from r.assessed_on) as integer) order by 1",
                        2, year -> year, where), true);
        // each item once, under the condition its latest published report gives; in the vocabulary's order, good first
        Map<String, String> conditions = views.options(Vocabulary.CONDITION, language);
        List<String> order = List.copyOf(conditions.keySet());
        List<Figure.Row> byCondition = new java.util.ArrayList<>(FigureRows.read(jdbc, """
                        select r.condition, count(*) from risk_report r where %s and not exists (
                            select 1 from risk_report n where n.item_reference = r.item_reference and n.status = 'PUBLISHED'
                              and (n.assessed_on > r.assessed_on or (n.assessed_on = r.assessed_on and n.id > r.id)))
                        group by r.condition""".formatted(PUBLISHED), 1, code -> code, where));
        byCondition.sort(java.util.Comparator.comparingInt(row -> order.indexOf(row.label())));
        Figure condition = new Figure("risk-conditions", text("dashboard.risk.conditions", language), "bar",
                text("dashboard.risk.condition", language), List.of(text("dashboard.risk.items", language)),
                byCondition.stream().map(row -> new Figure.Row(conditions.getOrDefault(row.label(), row.label()), row.values())).toList(), true);
        // a report counts once under a primary factor, whichever of its secondary factors it cites
        Map<String, String> factors = views.primaryFactors(language);
        Figure byFactor = new Figure("risk-factors", text("dashboard.risk.factors", language), "bar-across", text("dashboard.risk.factor", language),
                List.of(text("dashboard.risk.reports", language)),
                FigureRows.read(jdbc, "select regexp_replace(c.cause, '[.:].*$', ''), count(distinct r.id) from risk_report_cause c"
                                + " join risk_report r on r.id = c.report_id where " + PUBLISHED
                                + " group by regexp_replace(c.cause, '[.:].*$', '') order by 2 desc, 1", 1,
                        code -> factors.getOrDefault(code, code), where), true);
        return List.of(years, condition, byFactor);
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
