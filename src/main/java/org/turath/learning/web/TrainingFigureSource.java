package org.turath.learning.web;

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
 * Capacity building on the dashboard: published trainings by the year they start, their confirmed participants and
 * those who attended. Participants are not kept by state, so this figure shows every state.
 */
@Component
class TrainingFigureSource implements FigureSource {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    TrainingFigureSource(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures(FigureFilter filter, Language language) {
        String sql = """
                select cast(extract(year from a.starts_at) as integer) as y, count(distinct a.id),
                       sum(case when r.status = 'CONFIRMED' then 1 else 0 end), sum(case when r.attended then 1 else 0 end)
                from learning_activity a left join learning_registration r on r.activity_id = a.id
                where a.published and extract(year from a.starts_at) between ? and ?
                group by cast(extract(year from a.starts_at) as integer) order by 1""";
        return List.of(new Figure("trainings-years", text("dashboard.trainings.years", language), "bar", text("dashboard.year", language),
                List.of(text("dashboard.trainings.activities", language), text("dashboard.trainings.participants", language),
                        text("dashboard.trainings.attended", language)),
                FigureRows.read(jdbc, sql, 3, year -> year, filter.fromYear(), filter.untilYear()), false));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
