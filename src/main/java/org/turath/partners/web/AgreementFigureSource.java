package org.turath.partners.web;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.figures.Figure;
import org.turath.figures.FigureFilter;
import org.turath.figures.FigureRows;
import org.turath.figures.FigureSource;
import org.turath.partners.AgreementKind;
import org.turath.partners.internal.PartnerDesk;
import org.turath.shared.Language;

import java.util.List;

/**
 * Partnerships on the dashboard: signed agreements by kind — how many were signed in the period, and how many of those
 * are in force today (not ended by a party, their term not over or open-ended). For a state: the agreements with a
 * partner based there.
 */
@Component
class AgreementFigureSource implements FigureSource {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final PartnerDesk desk;

    AgreementFigureSource(JdbcTemplate jdbc, MessageSource messages, PartnerDesk desk) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.desk = desk;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        java.sql.Date today = java.sql.Date.valueOf(desk.today());
        String sql = """
                select a.kind, count(*),
                       sum(case when (a.terminated_on is null or a.terminated_on > ?) and (a.ends_on is null or a.ends_on >= ?) then 1 else 0 end)
                from agreement a
                where a.concluded
                  and (? = false or extract(year from a.signed_on) between ? and ?)
                  and (? = '' or exists (select 1 from agreement_party x join partner p on p.id = x.partner_id
                                         where x.agreement_id = a.id and p.country = ?))
                group by a.kind order by count(*) desc, a.kind""";
        boolean period = filter.from().isPresent() || filter.until().isPresent();
        return List.of(new Figure("agreements-kinds", text("dashboard.agreements.kinds", language), "bar",
                text("dashboard.agreements.kind", language),
                List.of(text("dashboard.agreements.signed", language), text("dashboard.agreements.in-force", language)),
                FigureRows.read(jdbc, sql, 2, kind -> text("partners.agreement.kind." + AgreementKind.valueOf(kind).name(), language),
                        today, today, period, filter.fromYear(), filter.untilYear(), filter.stateOrAny(), filter.stateOrAny()), true));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
