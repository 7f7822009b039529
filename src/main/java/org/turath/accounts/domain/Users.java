package org.turath.accounts.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.turath.accounts.Role;

import java.util.Optional;
import java.util.UUID;

public interface Users extends JpaRepository<User, UUID> {

    Optional<User> findByEmail(String email);

    boolean existsByRolesContains(Role role);

    long countByRolesContainsAndEnabledTrue(Role role);

    /** People in e-mail order, after {@code email}: the administrators' list, a page at a time. */
    java.util.List<User> findByEmailGreaterThanOrderByEmail(String email, org.springframework.data.domain.Limit limit);
}
