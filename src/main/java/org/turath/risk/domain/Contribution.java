package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.turath.risk.ContributionId;
import org.turath.shared.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What someone of the public sent about a heritage item, without an account. It waits for its sender to confirm their
 * address, then for a moderator; only an accepted one is ever shown, credited as its sender chose.
 */
@Entity
@Table(name = "risk_contribution")
public class Contribution {

    /** What was sent. */
    public enum Kind {
        DAMAGE, THREAT, PHOTOGRAPH, CORRECTION;

        /** Whether an accepted one is shown on the item's page (a correction is for the editors). */
        public boolean shown() {
            return this != CORRECTION;
        }
    }

    /** Where it is: sent, its address confirmed, then decided. */
    public enum Status { UNCONFIRMED, WAITING, ACCEPTED, DECLINED }

    /** The licences a photograph is offered under, by their SPDX names. */
    public enum Licence {
        CC_BY_4_0("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
        CC_BY_SA_4_0("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        CC0_1_0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/");

        private final String spdx;
        private final String url;

        Licence(String spdx, String url) {
            this.spdx = spdx;
            this.url = url;
        }

        public String spdx() {
            return spdx;
        }

        public String url() {
            return url;
        }

        public static java.util.Optional<Licence> of(String spdx) {
            for (Licence licence : values()) {
                if (licence.spdx.equals(spdx)) {
                    return java.util.Optional.of(licence);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A photograph sent with it, as the portal's own copies, and where it was taken if its sender shared that. */
    public record Photo(String large, String thumb, int width, int height, Licence licence, Double latitude, Double longitude) {
    }

    @Id
    private UUID id;
    @Column(name = "item_reference")
    private String itemReference;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "observed_on")
    private LocalDate observedOn;
    private String description;
    private String sender;
    private String email;
    private String language;
    @Column(name = "credit_name")
    private boolean creditName;
    private String licence;
    @Column(name = "photo_large")
    private String photoLarge;
    @Column(name = "photo_thumb")
    private String photoThumb;
    @Column(name = "photo_width")
    private Integer photoWidth;
    @Column(name = "photo_height")
    private Integer photoHeight;
    @Column(name = "share_place")
    private boolean sharePlace;
    private Double latitude;
    private Double longitude;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "token_hash")
    private String tokenHash;
    private String answer;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Version
    private int version;

    protected Contribution() {
    }

    public Contribution(String itemReference, Kind kind, LocalDate observedOn, String description, String sender, String email,
                        Language language, boolean creditName, boolean sharePlace, Photo photo, String tokenHash, Instant at) {
        this.id = UUID.randomUUID();
        this.itemReference = itemReference;
        this.kind = kind;
        this.observedOn = observedOn;
        this.description = description;
        this.sender = sender;
        this.email = email;
        this.language = language.tag();
        this.creditName = creditName;
        this.sharePlace = sharePlace;
        if (photo != null) {
            this.photoLarge = photo.large();
            this.photoThumb = photo.thumb();
            this.photoWidth = photo.width();
            this.photoHeight = photo.height();
            this.licence = photo.licence().spdx();
            this.latitude = photo.latitude();
            this.longitude = photo.longitude();
        }
        this.tokenHash = tokenHash;
        this.status = Status.UNCONFIRMED;
        this.createdAt = at;
    }

    /** Its sender confirmed their address: it goes to the moderators. Confirming again changes nothing. */
    public void confirm(Instant at) {
        if (status == Status.UNCONFIRMED) {
            status = Status.WAITING;
            confirmedAt = at;
        }
    }

    /**
     * A moderator's decision, with what the sender is told beside it. Accepted for a sensitive place, the position the
     * camera wrote is dropped.
     */
    public void decide(boolean accepted, String moderator, String answer, boolean sensitivePlace, Instant at) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("not waiting for a decision");
        }
        status = accepted ? Status.ACCEPTED : Status.DECLINED;
        decidedBy = moderator;
        decidedAt = at;
        this.answer = answer;
        if (sensitivePlace) {
            latitude = null;
            longitude = null;
        }
    }

    public ContributionId id() {
        return new ContributionId(id);
    }

    public String itemReference() {
        return itemReference;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate observedOn() {
        return observedOn;
    }

    public String description() {
        return description;
    }

    public String sender() {
        return sender;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    /** Whether the sender asked to be credited by name (else "a visitor"). */
    public boolean creditName() {
        return creditName;
    }

    /** Whether the sender agreed that the place their camera wrote be shown. */
    public boolean sharePlace() {
        return sharePlace;
    }

    public java.util.Optional<Photo> photo() {
        return photoLarge == null ? java.util.Optional.empty() : java.util.Optional.of(new Photo(photoLarge, photoThumb,
                photoWidth, photoHeight, Licence.of(licence).orElse(Licence.CC_BY_4_0), latitude, longitude));
    }

    public Status status() {
        return status;
    }

    public String answer() {
        return answer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public int version() {
        return version;
    }
}
