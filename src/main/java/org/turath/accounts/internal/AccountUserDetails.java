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

/** Signs people in from their accounts, and locks an account after repeated failures. */
@Service
public class AccountUserDetails implements UserDetailsService {

    private final Users users;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    AccountUserDetails(Users users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        User user = users.findByEmail(User.normalise(email)).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return org.springframework.security.core.userdetails.User.withUsername(user.email())
                .password(user.passwordHash() == null ? "" : user.passwordHash())
                .disabled(!user.enabled() || user.passwordHash() == null)
                .accountLocked(user.lockedAt(clock.instant()))
                .authorities(org.turath.accounts.Actor.authorities(user.roles(), user.states()).stream().map(SimpleGrantedAuthority::new).toList())
                .build();
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        String typed = User.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        audit.recordBy(typed, AuditType.SIGN_IN_FAILED, typed, null);
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
