package org.turath.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A mail waiting to be sent, or sent. Written in the transaction of what it tells about, so a
 * rolled-back action sends nothing and a committed one is sent even if the mail server is down
 * for a while.
 */
@Entity
@Table(name = "mail_outbox")
class OutgoingMail {

    static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String subject;
    @Column(name = "body_text")
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    /** Where the recipient stops this kind of mail in one click (RFC 8058), for mail they asked to follow; else null. */
    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, String unsubscribeUrl, Instant now) {
        this.unsubscribeUrl = unsubscribeUrl;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        this.sentAt = now;
        this.attempts++;
        this.nextAttemptAt = null;
    }

    /** Backs off 1, 2, 4… minutes; gives up after {@link #MAX_ATTEMPTS}. */
    void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        this.nextAttemptAt = attempts >= MAX_ATTEMPTS ? null : now.plus(Duration.ofMinutes(1L << (attempts - 1)));
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String unsubscribeUrl() {
        return unsubscribeUrl;
    }
}
