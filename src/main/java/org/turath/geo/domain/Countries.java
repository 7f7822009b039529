package org.turath.geo.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.turath.geo.Membership;

import java.util.List;

public interface Countries extends JpaRepository<Country, String> {

    List<Country> findByMembership(Membership membership);
}
