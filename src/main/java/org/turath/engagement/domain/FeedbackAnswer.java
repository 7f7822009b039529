package org.turath.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.shared.Language;

import java.time.Instant;
import java.util.UUID;

/** One answer to "Overall, how satisfied are you?": a score from 1 to 5, an optional comment, the page it was given on. */
@Entity
@Table(name = "feedback_answer")
public class FeedbackAnswer {

    @Id
    private UUID id;
    private int score;
    private String comment;
    private String page;
    private String language;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected FeedbackAnswer() {
    }

    public FeedbackAnswer(int score, String comment, String page, Language language, Instant at) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A score is from 1 to 5");
        }
        this.id = UUID.randomUUID();
        this.score = score;
        this.comment = comment;
        this.page = page;
        this.language = language.tag();
        this.answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public int score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    public String page() {
        return page;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
