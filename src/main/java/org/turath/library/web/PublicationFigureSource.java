package org.turath.library.web;

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
 * The library on the dashboard: published publications by their year and how many times they were downloaded. Not
 * kept by state, so this figure shows every state.
 */
@Component
class PublicationFigureSource implements FigureSource {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    PublicationFigureSource(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        String sql = """
                select p.publication_year, count(*), sum(p.download_count) from publication p
                where p.published and p.publication_year between ? and ?
                group by p.publication_year order by p.publication_year""";
        return List.of(new Figure("publications-years", text("dashboard.publications.years", language), "bar", text("dashboard.year", language),
                List.of(text("dashboard.publications.count", language), text("dashboard.publications.downloads", language)),
                FigureRows.read(jdbc, sql, 2, year -> year, filter.fromYear(), filter.untilYear()), false));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
