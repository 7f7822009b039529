package org.turath.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.domain.User;
import org.turath.accounts.domain.Users;
import org.turath.shared.Language;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Accounts for the other modules and the start-up tasks: finding people and creating them. */
@Service
@Transactional(readOnly = true)
public class AccountsApi {

    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final Users users;
    private final PasswordEncoder passwords;
    private final org.turath.accounts.internal.PasswordPolicy policy;
    private final Clock clock = Clock.systemUTC();

    private final org.turath.accounts.internal.AccountLifecycle lifecycle;

    AccountsApi(Users users, PasswordEncoder passwords, org.turath.accounts.internal.PasswordPolicy policy,
                @org.springframework.context.annotation.Lazy org.turath.accounts.internal.AccountLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
    }

    public Optional<AccountView> find(String email) {
        return users.findByEmail(User.normalise(email)).map(AccountsApi::view);
    }

    public boolean anyoneHas(Role role) {
        return users.existsByRolesContains(role);
    }

    /** Creates an account; the password is hashed with Argon2 and must be long enough. */
    @Transactional
    public AccountView create(String email, String displayName, String password, Language language, String organisation,
                              Set<Role> roles, Set<String> states) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        policy.problem(password, email).ifPresent(problem -> {
            throw new IllegalArgumentException("The password is refused (" + problem + "): choose a less common one");
        });
        if (users.findByEmail(User.normalise(email)).isPresent()) {
            throw new IllegalArgumentException("An account with this e-mail exists");
        }
        User user = new User(email, displayName, passwords.encode(password), language, organisation, roles, states, clock.instant());
        return view(users.save(user));
    }

    /**
     * The account of {@code email}; when there is none, one is opened with no role (what the person may do comes from
     * what another module grants them, such as an invitation to write a request) and mailed the link to choose a password.
     */
    @Transactional
    public AccountView inviteOrFind(String email, String displayName, Language language, String organisation) {
        Optional<AccountView> existing = find(email);
        if (existing.isPresent()) {
            return existing.get();
        }
        lifecycle.invite(email, displayName, language, organisation, Set.of(), Set.of());
        return find(email).orElseThrow();
    }

    /** A person as administrators see them. */
    public record Person(AccountId id, String email, String displayName, Language language, String organisation,
                         Set<Role> roles, Set<String> states, boolean enabled, boolean activated, boolean twoStep, long version) {
    }

    /** People in e-mail order, after {@code afterEmail}. */
    public org.turath.shared.Slice<Person> people(Optional<String> afterEmail, int limit) {
        var rows = users.findByEmailGreaterThanOrderByEmail(afterEmail.map(User::normalise).orElse(""),
                org.springframework.data.domain.Limit.of(limit + 1));
        return org.turath.shared.Slice.of(rows, limit, User::email).map(AccountsApi::person);
    }

    public Person person(AccountId id) {
        return users.findById(id.value()).map(AccountsApi::person).orElseThrow(() -> new org.turath.shared.NotFoundException("person"));
    }

    private static Person person(User user) {
        return new Person(new AccountId(user.id()), user.email(), user.displayName(), user.language(), user.organisation(), user.roles(),
                user.states(), user.enabled(), user.passwordHash() != null, user.usesSecondFactor(), user.version());
    }

    private static AccountView view(User user) {
        return new AccountView(user.email(), user.displayName(), user.language(), user.organisation(), user.roles(), user.states());
    }
}
