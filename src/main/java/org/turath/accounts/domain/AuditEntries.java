package org.turath.accounts.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntries extends JpaRepository<AuditEntry, Long>, AuditQueries {
}
