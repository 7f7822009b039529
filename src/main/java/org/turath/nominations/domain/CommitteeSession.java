package org.turath.nominations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A session of the Islamic World Heritage Committee: ordinary or extraordinary, in a place or by
 * videoconference, with its members. Its decisions are numbered {@code IWHC/<year>.<session>/<n>}.
 */
@Entity
@Table(name = "committee_session")
public class CommitteeSession extends Recorded {

    public enum Kind { ORDINARY, EXTRAORDINARY }

    public enum Mode { IN_PERSON, VIDEOCONFERENCE, HYBRID }

    @Column(name = "session_year")
    private int year;
    private int number;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Mode mode;
    @Embedded
    private LocalizedText place;
    @Column(name = "video_link")
    private String videoLink;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "decision_count")
    private int decisionCount;
    @ElementCollection
    @CollectionTable(name = "committee_session_member", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "email")
    private Set<String> members = new HashSet<>();

    protected CommitteeSession() {
    }

    public CommitteeSession(int year, int number, Kind kind, Mode mode, LocalizedText place, String videoLink,
                            LocalDate startsOn, LocalDate endsOn, Set<String> members, String by, Instant at) {
        super(by, at);
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A session cannot end before it starts");
        }
        this.year = year;
        this.number = number;
        this.kind = kind;
        this.mode = mode;
        this.place = place;
        this.videoLink = videoLink;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.members = new HashSet<>(members);
    }

    /** The next decision's number in this session and its reference. */
    String nextDecisionReference() {
        decisionCount++;
        return "IWHC/%d.%d/%d".formatted(year, number, decisionCount);
    }

    int decisionCount() {
        return decisionCount;
    }

    public boolean hasMember(String email) {
        return members.contains(email);
    }

    public org.turath.nominations.CommitteeSessionId id() {
        return new org.turath.nominations.CommitteeSessionId(uuid());
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public Mode mode() {
        return mode;
    }

    public LocalizedText place() {
        return LocalizedText.orEmpty(place);
    }

    public String videoLink() {
        return videoLink;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }

}
