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
import org.turath.accounts.domain.User;
import org.turath.accounts.domain.Users;

import java.time.Clock;

/** Signs people in from their accounts, and locks an account after repeated failures. */
@Service
class AccountUserDetails implements UserDetailsService {

    private final Users users;
    private final Clock clock = Clock.systemUTC();

    AccountUserDetails(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        User user = users.findByEmail(User.normalise(email)).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return org.springframework.security.core.userdetails.User.withUsername(user.email())
                .password(user.passwordHash() == null ? "" : user.passwordHash())
                .disabled(!user.enabled() || user.passwordHash() == null)
                .accountLocked(user.lockedAt(clock.instant()))
                .authorities(user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
                .build();
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        users.findByEmail(User.normalise(String.valueOf(event.getAuthentication().getPrincipal())))
                .ifPresent(user -> user.signInFailed(clock.instant()));
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        users.findByEmail(User.normalise(event.getAuthentication().getName())).ifPresent(User::signedIn);
    }
}
