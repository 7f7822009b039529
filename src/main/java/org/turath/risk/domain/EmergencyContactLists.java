package org.turath.risk.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmergencyContactLists extends JpaRepository<EmergencyContacts, String> {
}
