package org.turath.library.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The text read from each publication's PDF, kept apart from the publication so that lists never load it. */
@Repository
public class PublicationTexts {

    private final JdbcTemplate jdbc;

    PublicationTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void put(UUID publication, String body) {
        if (jdbc.update("update publication_text set body = ? where publication_id = ?", body, publication) == 0) {
            jdbc.update("insert into publication_text (publication_id, body) values (?, ?)", publication, body);
        }
    }

    public Optional<String> get(UUID publication) {
        List<String> found = jdbc.queryForList("select body from publication_text where publication_id = ?", String.class, publication);
        return found.stream().findFirst();
    }
}
