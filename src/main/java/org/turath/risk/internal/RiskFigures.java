package org.turath.risk.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.Term;
import org.turath.risk.domain.Vocabularies;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Heritage at risk in figures, counted in the database: published reports per primary factor and per year of
 * assessment, and items by the condition their latest published report gives. Read for visitors through the
 * kept pages (the family's stamp changes with every published report).
 */
@Component
public class RiskFigures {

    private final JdbcClient jdbc;
    private final Vocabularies vocabularies;
    private final RiskPageStamps pages;
    private volatile Counted last;

    RiskFigures(JdbcClient jdbc, Vocabularies vocabularies, RiskPageStamps pages) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
        this.pages = pages;
    }

    /** Figures counted while the published reports were as {@code stamp} says. */
    private record Counted(String stamp, Figures figures) {
    }

    /** What the figures say. {@code byFactor}: primary factor code → reports; {@code byYear}: year → reports; {@code byCondition}: condition → items. */
    public record Figures(long reports, long items, Map<String, Long> byFactor, Map<Integer, Long> byYear, Map<String, Long> byCondition) {

        public long largestFactor() {
            return byFactor.values().stream().mapToLong(Long::longValue).max().orElse(1);
        }
    }

    /**
     * The figures now: counted again only when the published reports have changed (the stamp of their kept pages), not
     * for every filtered list or "In figures" page that shows them.
     */
    public Figures figures() {
        String stamp = pages.current();
        Counted counted = last;
        if (counted == null || !counted.stamp().equals(stamp)) {
            counted = new Counted(stamp, count());
            last = counted;
        }
        return counted.figures();
    }

    private Figures count() {
        long reports = jdbc.sql("select count(*) from risk_report where status = 'PUBLISHED'").query(Long.class).single();
        Map<String, Long> byFactor = new LinkedHashMap<>();
        // a report counts once under a primary factor, whichever of its secondary factors it cites
        for (Term factor : vocabularies.current(Vocabulary.FACTOR)) {
            if (!factor.primary()) {
                continue;
            }
            long count = jdbc.sql("""
                    select count(distinct r.id) from risk_report_cause c join risk_report r on r.id = c.report_id
                    where r.status = 'PUBLISHED' and (c.cause like :secondary or c.cause like :primary)""")
                    .param("secondary", factor.code() + ".%").param("primary", factor.code() + ":%").query(Long.class).single();
            if (count > 0) {
                byFactor.put(factor.code(), count);
            }
        }
        Map<Integer, Long> byYear = new TreeMap<>();
        jdbc.sql("""
                select extract(year from assessed_on) as y, count(*) from risk_report where status = 'PUBLISHED'
                group by extract(year from assessed_on)""")
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> byYear.put(row.getInt(1), row.getLong(2)));
        Map<String, Long> byCondition = new LinkedHashMap<>();
        jdbc.sql("""
                select r.condition, count(*) from risk_report r
                where r.status = 'PUBLISHED' and not exists (
                    select 1 from risk_report n where n.item_reference = r.item_reference and n.status = 'PUBLISHED'
                      and (n.assessed_on > r.assessed_on or (n.assessed_on = r.assessed_on and n.id > r.id)))
                group by r.condition""")
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> byCondition.put(row.getString(1), row.getLong(2)));
        long items = byCondition.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(reports, items, byFactor, byYear, byCondition);
    }
}
