package org.turath.geo.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Regions extends JpaRepository<Region, String> {
}
