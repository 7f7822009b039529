package org.turath.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CriteriaCatalogue extends JpaRepository<Criterion, Long> {

    List<Criterion> findBySetCodeOrderByPosition(String setCode);

    Optional<Criterion> findBySetCodeAndCode(String setCode, String code);
}
