package org.turath.registry.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface ImportRuns extends JpaRepository<ImportRun, UUID> {
}
