package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.shared.Language;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone who follows the reports published on one item, or on the items of one state, by e-mail. Nothing is sent before
 * they confirm from the link mailed to them; every mail carries the link that stops it.
 */
@Entity
@Table(name = "risk_follower")
public class Follower {

    @Id
    private UUID id;
    private String email;
    private String language;
    @Column(name = "item_reference")
    private String itemReference;
    private String state;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "stop_token")
    private String stopToken;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "stopped_at")
    private Instant stoppedAt;

    protected Follower() {
    }

    /** A request to follow an item ({@code itemReference}) or a state ({@code state}), one of the two. */
    public Follower(String email, Language language, String itemReference, String state, String tokenHash, String stopToken,
                    Instant at) {
        this.id = UUID.randomUUID();
        this.stopToken = stopToken;
        this.email = email;
        this.language = language.tag();
        this.itemReference = itemReference;
        this.state = state;
        this.tokenHash = tokenHash;
        this.createdAt = at;
    }

    public void confirm(Instant at) {
        if (confirmedAt == null) {
            confirmedAt = at;
        }
    }

    public void stop(Instant at) {
        if (stoppedAt == null) {
            stoppedAt = at;
        }
    }

    /** A new link for the same request (it was asked for again before being confirmed). */
    public void renew(String newTokenHash, Language newLanguage) {
        this.tokenHash = newTokenHash;
        this.language = newLanguage.tag();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public String itemReference() {
        return itemReference;
    }

    public String state() {
        return state;
    }

    /** The secret of the link that stops the mail, in every mail sent. */
    public String stopToken() {
        return stopToken;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean stopped() {
        return stoppedAt != null;
    }
}
