package org.turath.fund.domain;

import jakarta.persistence.Embeddable;

/** An expert's score on one criterion of the call (0 to 10), with the reason they give for it. */
@Embeddable
public class Score {

    private int score;
    private String reason;

    protected Score() {
    }

    public Score(int score, String reason) {
        this.score = score;
        this.reason = reason;
    }

    public int score() {
        return score;
    }

    public String reason() {
        return reason;
    }
}
