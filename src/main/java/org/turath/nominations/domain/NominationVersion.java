package org.turath.nominations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What a state submitted, frozen: the dossier as the secretariat and the experts read it. */
@Entity
@Table(name = "nomination_version")
public class NominationVersion {

    @Id
    private UUID id;
    @Column(name = "file_id")
    private UUID fileId;
    private int number;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @ElementCollection
    @CollectionTable(name = "nomination_version_text", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "text")
    private Map<String, String> texts = new HashMap<>();

    protected NominationVersion() {
    }

    NominationVersion(UUID fileId, int number, String submittedBy, Instant submittedAt, Map<String, String> texts) {
        this.id = UUID.randomUUID();
        this.fileId = fileId;
        this.number = number;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.texts = new HashMap<>(texts);
    }

    public UUID fileId() {
        return fileId;
    }

    public int number() {
        return number;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Map<String, String> texts() {
        return Map.copyOf(texts);
    }

    /** Everything a version freezes, as field key → text, in a stable order. */
    static Map<String, String> frozen(NominationFile file) {
        Map<String, String> all = new java.util.TreeMap<>(file.texts());
        putIf(all, "identification.coStates", String.join(",", file.coStates()));
        putIf(all, "identification.serial", file.serial() ? "yes" : null);
        file.place().putInto(all, "identification.");
        for (int i = 0; i < file.components().size(); i++) {
            file.components().get(i).putInto(all, "components." + (i + 1) + ".");
        }
        return all;
    }

    /** Puts {@code value} under {@code key} unless it is blank. */
    static void putIf(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
