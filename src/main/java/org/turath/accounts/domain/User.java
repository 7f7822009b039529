package org.turath.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.turath.accounts.Role;
import org.turath.shared.Language;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A person who signs in to work in the portal. */
@Entity
@Table(name = "app_user")
public class User {

    /** After this many failed sign-ins in a row the account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private UUID id;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "preferred_language")
    private String preferredLanguage;
    private String organisation;
    private boolean enabled;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_last_step")
    private Long totpLastStep;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_state", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "iso2")
    private Set<String> states = new HashSet<>();

    protected User() {
    }

    public User(String email, String displayName, String passwordHash, Language language, String organisation,
                Set<Role> roles, Set<String> states, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = language.tag();
        this.organisation = organisation;
        this.enabled = true;
        this.createdAt = now;
        this.roles.addAll(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        this.states.addAll(states);
    }

    /** Whether {@code email} (normalised or not) looks like an address mail can reach, within the column's 320 characters. */
    public static boolean wellFormed(String email) {
        return org.turath.shared.EmailAddress.wellFormed(email);
    }

    public static String normalise(String email) {
        return org.turath.shared.EmailAddress.normalise(email);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A failed sign-in: the fifth in a row locks the account for a while. Says whether this one locked it. */
    public boolean signInFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void signedIn() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Sets the password chosen through an invitation or a reset link; clears any lock. */
    public void choosePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void changeEmail(String newEmail) {
        this.email = normalise(newEmail);
    }

    /** What the person may do: roles, the states they act for, whether they may sign in at all. */
    public void grant(Set<Role> roles, Set<String> states, boolean enabled) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.states.clear();
        this.states.addAll(states);
        this.enabled = enabled;
    }

    public void prefer(Language language) {
        this.preferredLanguage = language.tag();
    }

    /** Whether signing in also asks for a code from an authenticator app. */
    public boolean usesSecondFactor() {
        return totpSecret != null;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    public void useSecondFactor(String secret, long confirmedStep) {
        this.totpSecret = secret;
        this.totpLastStep = confirmedStep;
    }

    public void stopSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** A code of this time step was accepted: neither it nor an older one is accepted again. */
    public void codeAccepted(long step) {
        this.totpLastStep = step;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Language language() {
        return Language.fromTag(preferredLanguage).orElse(Language.DEFAULT);
    }

    public String organisation() {
        return organisation;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Set<String> states() {
        return Set.copyOf(states);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
