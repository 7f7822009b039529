package org.turath.accounts.internal;

import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.accounts.domain.AccountToken;
import org.turath.accounts.domain.AccountTokens;
import org.turath.accounts.domain.User;
import org.turath.accounts.domain.Users;
import org.turath.shared.ConflictException;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.mail.Mailer;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A person's account from invitation to sign-out everywhere: invitation links (72 hours),
 * password reset links (1 hour), e-mail change confirmed from the new address (24 hours), and
 * access changes that end the person's sessions so they take effect at once. Every step is in the
 * audit log; every link is single-use.
 */
@Service
@Transactional
public class AccountLifecycle {

    /** What a link leads to, once checked: whose account and for what. */
    public record LinkHolder(String email, Language language, AccountToken.Purpose purpose) {
    }

    private final Users users;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    // absent when the application runs a command-line task: no sessions to end then
    private final org.springframework.beans.factory.ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final String publicUrl;
    private final SecondFactor secondFactor;
    private final Clock clock = Clock.systemUTC();
    private final TrustedBrowsers browsers;

    AccountLifecycle(Users users, AccountTokens tokens, PasswordEncoder passwords, PasswordPolicy policy, Mailer mailer,
                     MessageSource messages, AuditLog audit,
                     org.springframework.beans.factory.ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
                     @Value("${turath.public-url}") String publicUrl, SecondFactor secondFactor, TrustedBrowsers browsers) {
        this.browsers = browsers;
        this.secondFactor = secondFactor;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.sessions = sessions;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Creates the account without a password and mails the invitation; an existing e-mail is a conflict. */
    public void invite(String email, String displayName, Language language, String organisation, Set<Role> roles,
                       Set<String> states) {
        if (users.findByEmail(User.normalise(email)).isPresent()) {
            throw new ConflictException("account-exists", "An account with this e-mail exists");
        }
        User user = users.save(new User(email, displayName, null, language, organisation, roles, states, clock.instant()));
        String link = link(user, AccountToken.Purpose.INVITATION, null, "/account/activate");
        mail(user.email(), user.language(), "invitation", displayName, link);
        audit.record(AuditType.INVITATION_SENT, user.email(), String.join(",", roles.stream().map(Enum::name).sorted().toList()));
    }

    /**
     * Mails a reset link when the e-mail has an account; says nothing either way (no account fishing). Called after
     * the answer was sent ({@code address}: the requester's), so that the answer takes the same time whether or not
     * there is an account to write a link for.
     */
    public void requestPasswordReset(String email, String address) {
        Optional<User> user = users.findByEmail(User.normalise(email)).filter(User::enabled);
        user.ifPresent(account -> {
            String link = link(account, AccountToken.Purpose.PASSWORD_RESET, null, "/password/reset");
            mail(account.email(), account.language(), "reset", account.displayName(), link);
            audit.recordFrom(address, account.email(), AuditType.PASSWORD_RESET_REQUESTED, account.email(), null);
        });
    }

    /** The holder of a link that can still be used; a used, expired or unknown link is "not found". */
    @Transactional(readOnly = true)
    public LinkHolder check(String secret, AccountToken.Purpose purpose) {
        AccountToken token = usable(secret, purpose);
        User user = users.findById(token.userId()).orElseThrow(() -> new NotFoundException("account"));
        return new LinkHolder(user.email(), user.language(), purpose);
    }

    /**
     * Sets the password from an invitation or reset link. Returns the message key of what is wrong
     * with the password, if anything; the link stays usable then.
     */
    public Optional<String> choosePassword(String secret, AccountToken.Purpose purpose, String password) {
        AccountToken token = usable(secret, purpose);
        User user = users.findById(token.userId()).orElseThrow(() -> new NotFoundException("account"));
        Optional<String> problem = policy.problem(password, user.email());
        if (problem.isPresent()) {
            return problem;
        }
        token.use(clock.instant());
        user.choosePassword(passwords.encode(password));
        audit.recordBy(user.email(), purpose == AccountToken.Purpose.INVITATION ? AuditType.ACCOUNT_ACTIVATED
                : AuditType.PASSWORD_CHANGED, user.email(), null);
        // a reset means the old password may be known to someone: nobody stays signed in with it
        endSessionsOf(user.email());
        return Optional.empty();
    }

    /** Sends a confirmation link to the new address; the change happens when it is followed. */
    public Optional<String> requestEmailChange(String currentEmail, String password, String newEmail) {
        User user = account(currentEmail);
        if (user.passwordHash() == null || !passwords.matches(password == null ? "" : password, user.passwordHash())) {
            return Optional.of("accounts.email.wrong-password");
        }
        String normalised = User.normalise(newEmail);
        if (!User.wellFormed(normalised)) {
            return Optional.of("accounts.email.invalid");
        }
        if (users.findByEmail(normalised).isPresent()) {
            // said the same way as success would be, but no link: an address in use is not revealed
            audit.record(AuditType.EMAIL_CHANGE_REQUESTED, user.email(), "address already in use");
            return Optional.empty();
        }
        String link = link(user, AccountToken.Purpose.EMAIL_CHANGE, normalised, "/account/email/confirm");
        mail(normalised, user.language(), "email-change", user.displayName(), link);
        audit.record(AuditType.EMAIL_CHANGE_REQUESTED, user.email(), normalised);
        return Optional.empty();
    }

    /** Follows an e-mail change link: the account takes the new address, the old one is told. */
    public String confirmEmailChange(String secret) {
        AccountToken token = usable(secret, AccountToken.Purpose.EMAIL_CHANGE);
        User user = users.findById(token.userId()).orElseThrow(() -> new NotFoundException("account"));
        if (users.findByEmail(token.newEmail()).isPresent()) {
            throw new ConflictException("account-exists", "taken meanwhile");
        }
        String old = user.email();
        token.use(clock.instant());
        user.changeEmail(token.newEmail());
        mail(old, user.language(), "email-changed", user.displayName(), token.newEmail());
        audit.recordBy(user.email(), AuditType.EMAIL_CHANGED, user.email(), old + " → " + user.email());
        // sessions are indexed by the old address
        endSessionsOf(old);
        return user.email();
    }

    /** The language the portal speaks to the person in: their pages after sign-in, and their mail. */
    public void prefer(String email, Language language) {
        account(email).prefer(language);
    }

    /** Signs the person out on every device; returns how many sessions ended. */
    public int endSessionsOf(String email) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        var found = repository.findByPrincipalName(email);
        found.keySet().forEach(repository::deleteById);
        return found.size();
    }

    public int signOutEverywhere(String email) {
        int ended = endSessionsOf(email);
        audit.recordBy(email, AuditType.SIGNED_OUT_EVERYWHERE, email, ended + " sessions");
        return ended;
    }

    /** Changes what a person may do; their sessions end so the change applies at their next request. */
    public void grant(org.turath.accounts.AccountId userId, long expectedVersion, Set<Role> roles, Set<String> states, boolean enabled) {
        User user = users.findById(userId.value()).orElseThrow(() -> new NotFoundException("account"));
        if (user.version() != expectedVersion) {
            throw new ConflictException("stale-item", "changed meanwhile");
        }
        boolean stopsBeingAdministrator = user.roles().contains(Role.ADMIN) && user.enabled() && (!roles.contains(Role.ADMIN) || !enabled);
        if (stopsBeingAdministrator && users.countByRolesContainsAndEnabledTrue(Role.ADMIN) <= 1) {
            // the portal would be left without anyone who can manage people
            throw new ConflictException("last-administrator", "the last administrator");
        }
        String before = user.roles().stream().map(Enum::name).sorted().toList() + " " + user.states().stream().sorted().toList()
                + (user.enabled() ? "" : " disabled");
        user.grant(roles, states, enabled);
        String after = roles.stream().map(Enum::name).sorted().toList() + " " + states.stream().sorted().toList()
                + (enabled ? "" : " disabled");
        audit.record(AuditType.ROLES_CHANGED, user.email(), before + " → " + after);
        endSessionsOf(user.email());
    }

    /** Turns the second factor on once the person proved their app makes the right codes for {@code secret}. */
    public boolean enableSecondFactor(String email, String password, String secret, String code) {
        User user = account(email);
        // the password again: a borrowed session must not be able to tie the account to someone else's phone
        if (password == null || user.passwordHash() == null || !passwords.matches(password, user.passwordHash())) {
            return false;
        }
        java.util.OptionalLong step = secondFactor.verify(secret, code, null);
        if (step.isEmpty()) {
            return false;
        }
        user.useSecondFactor(secret, step.getAsLong());
        audit.record(AuditType.TWO_FACTOR_ENABLED, user.email(), null);
        return true;
    }

    /** Turns the second factor off; it takes a current code, so a borrowed session cannot do it. */
    public boolean disableSecondFactor(String email, String code) {
        User user = account(email);
        if (!user.usesSecondFactor() || secondFactor.verify(user.totpSecret(), code, user.totpLastStep()).isEmpty()) {
            return false;
        }
        user.stopSecondFactor();
        audit.record(AuditType.TWO_FACTOR_DISABLED, user.email(), null);
        return true;
    }

    /**
     * An administrator turns a person's second factor off (a lost phone, or a borrowed session that turned it on):
     * recorded in the audit log under the administrator's name; the person signs in with the password alone again.
     */
    public boolean resetSecondFactor(org.turath.accounts.AccountId id) {
        User user = users.findById(id.value()).orElseThrow(() -> new org.turath.shared.NotFoundException("person"));
        if (!user.usesSecondFactor()) {
            return false;
        }
        user.stopSecondFactor();
        audit.record(AuditType.TWO_FACTOR_RESET, user.email(), null);
        return true;
    }

    /** Checks the code of a sign-in waiting for it; a wrong code counts as a failed sign-in (lock-out included). */
    public boolean acceptCode(String email, String code) {
        User user = account(email);
        if (!user.usesSecondFactor() || browsers.pausedHere(user)) {
            return false;
        }
        java.util.OptionalLong step = secondFactor.verify(user.totpSecret(), code, user.totpLastStep());
        if (step.isPresent()) {
            user.codeAccepted(step.getAsLong());
            user.signedIn();
            return true;
        }
        audit.recordBy(user.email(), AuditType.SIGN_IN_CODE_FAILED, user.email(), null);
        if (user.signInFailed(clock.instant())) {
            audit.recordBy(user.email(), AuditType.ACCOUNT_LOCKED, user.email(), "until " + user.lockedUntil());
        }
        return false;
    }

    @Transactional(readOnly = true)
    public boolean usesSecondFactor(String email) {
        return users.findByEmail(User.normalise(email)).map(User::usesSecondFactor).orElse(false);
    }

    private User account(String email) {
        return users.findByEmail(User.normalise(email)).orElseThrow(() -> new NotFoundException("account"));
    }

    private AccountToken usable(String secret, AccountToken.Purpose purpose) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
            throw new InvalidRequestException("token");
        }
        return tokens.findById(AccountToken.hash(secret))
                .filter(token -> token.purpose() == purpose && token.usableAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException("link"));
    }

    private String link(User user, AccountToken.Purpose purpose, String newEmail, String path) {
        Instant now = clock.instant();
        tokens.voidEarlier(user.id(), purpose, now);
        AccountToken.Issued issued = AccountToken.issue(user.id(), purpose, newEmail, now);
        tokens.save(issued.token());
        return publicUrl + "/" + user.language().tag() + path + "?token=" + issued.secret();
    }

    private void mail(String to, Language language, String kind, String name, String value) {
        String subject = messages.getMessage("accounts.mail." + kind + ".subject", null, language.locale());
        String body = messages.getMessage("accounts.mail." + kind + ".body", new Object[]{name, value}, language.locale());
        mailer.queue(to, subject, body);
    }
}
