package org.turath.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.shared.LocalizedText;

/** One criterion of a criteria set, e.g. UNESCO's (iv). Administrators edit them as data. */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "set_code")
    private String setCode;
    private String code;
    private int position;
    @Embedded
    private LocalizedText description;

    protected Criterion() {
    }

    public Long id() {
        return id;
    }

    public String setCode() {
        return setCode;
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public LocalizedText description() {
        return LocalizedText.orEmpty(description);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Criterion that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    public org.turath.registry.CriterionInfo toInfo() {
        return new org.turath.registry.CriterionInfo(setCode, code, key(), description());
    }

    /** The key used in URLs and the API, e.g. {@code UNESCO:iv}. */
    public String key() {
        return setCode + ":" + code;
    }
}
