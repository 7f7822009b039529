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

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A failed sign-in: the fifth in a row locks the account for a while. */
    public void signInFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void signedIn() {
        failedLogins = 0;
        lockedUntil = null;
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
