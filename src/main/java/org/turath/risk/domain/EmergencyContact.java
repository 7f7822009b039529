package org.turath.risk.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.turath.shared.LocalizedText;

import java.util.Objects;

/** Someone to call when heritage is in danger in a state: their role (three languages), name, organisation, phone, e-mail. */
@Embeddable
public class EmergencyContact {

    @Embedded
    private LocalizedText role;
    private String name;
    private String organisation;
    private String phone;
    private String email;

    protected EmergencyContact() {
    }

    public EmergencyContact(LocalizedText role, String name, String organisation, String phone, String email) {
        this.role = role;
        this.name = name;
        this.organisation = organisation;
        this.phone = phone;
        this.email = email;
    }

    public LocalizedText role() {
        return LocalizedText.orEmpty(role);
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmergencyContact that && Objects.equals(role(), that.role()) && Objects.equals(name, that.name)
                && Objects.equals(organisation, that.organisation) && Objects.equals(phone, that.phone) && Objects.equals(email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, phone, email);
    }
}
