package org.turath.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.turath.learning.RegistrationStatus;
import org.turath.shared.Language;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A person's registration for an activity. It carries no account: the person holds a secret link
 * (only its hash is kept) to see their registration, reach the videoconference, cancel, and fetch
 * their certificate.
 */
@Entity
@Table(name = "learning_registration")
public class Registration {

    @Id
    private UUID id;
    @Column(name = "activity_id")
    private UUID activityId;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @Column(name = "email_key")
    private String emailKey;
    private String language;
    private String answer;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    @Column(name = "queue_number")
    private long queueNumber;
    private boolean attended;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "certificate_code")
    private String certificateCode;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    @Column(name = "row_version")
    private long version;

    protected Registration() {
    }

    public Registration(UUID activityId, String fullName, String email, Language language, String answer, RegistrationStatus status,
                        long queueNumber, String tokenHash, Instant at) {
        this.id = UUID.randomUUID();
        this.activityId = activityId;
        this.emailKey = key(email);
        this.registeredAt = at;
        renew(fullName, email, language, answer, status, queueNumber, tokenHash, at);
    }

    /** The same person registering again after a cancellation: a new place at the end of the queue and a new link. */
    public void renew(String fullName, String email, Language language, String answer, RegistrationStatus status, long queueNumber,
                      String tokenHash, Instant at) {
        this.fullName = fullName;
        this.email = email;
        this.language = language.tag();
        this.answer = answer;
        this.status = status;
        this.queueNumber = queueNumber;
        this.tokenHash = tokenHash;
        this.attended = false;
        this.changedAt = at;
    }

    /** A new personal link for the same registration (the one mailed before stops working). */
    public void newLink(String tokenHash, Instant at) {
        this.tokenHash = tokenHash;
        this.changedAt = at;
    }

    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void moveTo(RegistrationStatus next, Instant at) {
        this.status = next;
        this.changedAt = at;
    }

    public void markAttended(boolean present, String code, Instant at) {
        this.attended = present;
        if (present && certificateCode == null) {
            this.certificateCode = code;
        }
        this.changedAt = at;
    }

    public org.turath.learning.RegistrationId id() {
        return new org.turath.learning.RegistrationId(id);
    }

    public org.turath.learning.ActivityId activityId() {
        return new org.turath.learning.ActivityId(activityId);
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public String answer() {
        return answer;
    }

    public RegistrationStatus status() {
        return status;
    }

    public long queueNumber() {
        return queueNumber;
    }

    public boolean attended() {
        return attended;
    }

    /** The certificate's code, once attendance is marked (a code stays with the registration even if attendance is unmarked). */
    public String certificateCode() {
        return certificateCode;
    }

    public boolean hasCertificate() {
        return attended && certificateCode != null && status == RegistrationStatus.CONFIRMED;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
