package org.turath.accounts.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.domain.User;
import org.turath.accounts.domain.Users;

import java.time.Clock;

/**
 * Signs people in from their accounts. Repeated failures pause an account for browsers it was never signed in
 * from ({@link TrustedBrowsers}); the browser its owner uses keeps working.
 */
@Service
public class AccountUserDetails implements UserDetailsService {

    private final Users users;
    private final AuditLog audit;
    private final TrustedBrowsers browsers;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final Clock clock = Clock.systemUTC();
    /** Compared against for an account that has no password yet, so that it answers in the same time as any other. */
    private volatile String noPassword;

    AccountUserDetails(Users users, AuditLog audit, TrustedBrowsers browsers,
                       @org.springframework.context.annotation.Lazy org.springframework.security.crypto.password.PasswordEncoder passwords) {
        this.users = users;
        this.audit = audit;
        this.browsers = browsers;
        this.passwords = passwords;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        User user = users.findByEmail(User.normalise(email)).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return org.springframework.security.core.userdetails.User.withUsername(user.email())
                .password(user.passwordHash() == null ? noPassword() : user.passwordHash())
                .disabled(!user.enabled() || user.passwordHash() == null)
                .accountLocked(browsers.pausedHere(user))
                .authorities(org.turath.accounts.Actor.authorities(user.roles(), user.states()).stream().map(SimpleGrantedAuthority::new).toList())
                .build();
    }

    private String noPassword() {
        if (noPassword == null) {
            noPassword = passwords.encode(java.util.UUID.randomUUID().toString());
        }
        return noPassword;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        String typed = User.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        audit.recordBy(typed, AuditType.SIGN_IN_FAILED, typed, null);
        if (browsers.current(typed)) {
            // a slip of its owner's fingers in a browser they signed in from: no pause (the address throttle still holds)
            return;
        }
        users.findByEmail(typed).ifPresent(user -> {
            if (user.signInFailed(clock.instant())) {
                audit.recordBy(typed, AuditType.ACCOUNT_LOCKED, typed, "until " + user.lockedUntil());
            }
        });
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        // the sign-in flow records the sign-in once it is complete (after the code, for those who use one)
        users.findByEmail(User.normalise(event.getAuthentication().getName())).ifPresent(User::signedIn);
    }
}
