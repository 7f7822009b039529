package org.turath.accounts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The person making a request, as other modules need to know them: who, with which roles, acting
 * for which member states (focal points).
 */
public record Actor(String email, Set<Role> roles, Set<String> states) {

    static final String ROLE_PREFIX = "ROLE_";
    static final String STATE_PREFIX = "STATE_";

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        states = Set.copyOf(states);
    }

    /** The signed-in person behind {@code authentication}; empty for anonymous visitors. */
    public static Optional<Actor> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> states = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith(ROLE_PREFIX)) {
                Role.parse(name.substring(ROLE_PREFIX.length())).ifPresent(roles::add);
            } else if (name.startsWith(STATE_PREFIX)) {
                states.add(name.substring(STATE_PREFIX.length()));
            }
        }
        return Optional.of(new Actor(authentication.getName(), roles, states));
    }

    /** The authorities Spring Security keeps for a person: their roles and their states. */
    public static Collection<String> authorities(Set<Role> roles, Set<String> states) {
        Set<String> names = new HashSet<>();
        roles.forEach(role -> names.add(ROLE_PREFIX + role.name()));
        states.forEach(state -> names.add(STATE_PREFIX + state));
        return names;
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person acts for at least one of {@code itemStates}. */
    public boolean actsForAny(Collection<String> itemStates) {
        return itemStates.stream().anyMatch(states::contains);
    }
}
