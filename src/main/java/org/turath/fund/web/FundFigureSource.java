package org.turath.fund.web;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureRows;
import org.turath.figures.FigureSource;
import org.turath.shared.Language;

import java.util.List;

/**
 * The Support Fund on the dashboard: by year, what was requested (when submitted), granted (when decided) and paid (when
 * each tranche was paid), in US dollars — the currency of the calls and of the emergency fast track; a request in another
 * currency is not added to them.
 */
@Component
class FundFigureSource implements FigureSource {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    FundFigureSource(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        String sql = """
                select y, sum(requested), sum(granted), sum(paid) from (
                    select cast(extract(year from r.submitted_at) as integer) y, r.amount_requested requested, 0 granted, 0 paid
                    from fund_request r where r.submitted_at is not null and r.currency = 'USD' and (? = '' or r.state = ?)
                    union all
                    select cast(extract(year from r.decided_on) as integer), 0, r.granted_amount, 0
                    from fund_request r where r.granted_amount is not null and r.currency = 'USD' and (? = '' or r.state = ?)
                    union all
                    select cast(extract(year from m.paid_on) as integer), 0, 0, m.paid_amount
                    from fund_milestone m join fund_request r on r.id = m.request_id
                    where m.paid_on is not null and r.currency = 'USD' and (? = '' or r.state = ?)
                ) t
                where y between ? and ?
                group by y order by y""";
        String state = filter.stateOrAny();
        return List.of(new Figure("fund-years", text("dashboard.fund.years", language), "bar", text("dashboard.fund.year", language),
                List.of(text("dashboard.fund.requested", language), text("dashboard.fund.granted", language), text("dashboard.fund.paid", language)),
                FigureRows.read(jdbc, sql, 3, year -> year, state, state, state, state, state, state, filter.fromYear(),
                        filter.untilYear()), true));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
