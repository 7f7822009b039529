package org.turath.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.shared.SecretTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use link sent by e-mail. The secret goes into the mail only; the database keeps its
 * SHA-256, so a copy of the database opens no account.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose {
        INVITATION(Duration.ofHours(72)),
        PASSWORD_RESET(Duration.ofHours(1)),
        EMAIL_CHANGE(Duration.ofHours(24));

        private final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "user_id")
    private UUID userId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(name = "new_email")
    private String newEmail;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    private AccountToken(String tokenHash, UUID userId, Purpose purpose, String newEmail, Instant now) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.purpose = purpose;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** A new token and its secret (to be mailed, never stored). */
    public record Issued(AccountToken token, String secret) {
    }

    public static Issued issue(UUID userId, Purpose purpose, String newEmail, Instant now) {
        String secret = SecretTokens.newSecret();
        return new Issued(new AccountToken(hash(secret), userId, purpose, newEmail, now), secret);
    }

    public static String hash(String secret) {
        return SecretTokens.hash(secret);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public UUID userId() {
        return userId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String newEmail() {
        return newEmail;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
