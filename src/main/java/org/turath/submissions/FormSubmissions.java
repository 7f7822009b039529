package org.turath.submissions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * What each create form already made. {@link #remember} runs in the caller's transaction: when two
 * posts of one form race, the second one's insert waits for the first and fails on the token's key,
 * rolling back the twin it was about to make.
 */
@Component
public class FormSubmissions {

    private final JdbcTemplate jdbc;

    FormSubmissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the form with {@code token} made, if it was already handled. */
    @Transactional(readOnly = true)
    public Optional<String> resultOf(String token) {
        return jdbc.query("select result from form_submission where token = ?", (row, n) -> row.getString(1), token)
                .stream().findFirst();
    }

    /** Records that the form with {@code token} made {@code result} (a reference or an id). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remember(String token, String result, Instant at) {
        jdbc.update("insert into form_submission (token, result, created_at) values (?, ?, ?)", token, result, Timestamp.from(at));
    }
}
