package org.turath.accounts.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.turath.accounts.Role;

import java.util.Optional;
import java.util.UUID;

public interface Users extends JpaRepository<User, UUID> {

    Optional<User> findByEmail(String email);

    boolean existsByRolesContains(Role role);
}
