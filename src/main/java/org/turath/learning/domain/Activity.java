package org.turath.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.turath.learning.ActivityFormat;
import org.turath.learning.ActivityMode;
import org.turath.learning.Audience;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.RichText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A course, workshop, webinar or activity of the centre: when and where (or online), in which
 * languages, for whom, with how many seats; its videoconference link and recording are for
 * registered participants only.
 */
@Entity
@Table(name = "learning_activity")
public class Activity extends Recorded {

    @Enumerated(EnumType.STRING)
    private ActivityFormat format;
    @Enumerated(EnumType.STRING)
    private ActivityMode mode;
    @Embedded
    private LocalizedText title;
    @Embedded
    private RichText summary;
    @Embedded
    private LocalizedText question;
    @Embedded
    private LocalizedText place;
    private Double latitude;
    private Double longitude;
    private String languages;
    private String audiences;
    private String topics;
    /** The heritage items it is about, comma-separated references. */
    private String related;
    private String trainers;
    @Column(name = "trainer_emails")
    private String trainerEmails;
    private String materials;
    @Column(name = "video_link")
    private String videoLink;
    @Column(name = "recording_link")
    private String recordingLink;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "registration_closes_at")
    private Instant registrationClosesAt;
    private int capacity;
    @Column(name = "requires_approval")
    private boolean requiresApproval;
    private boolean published;
    /** The number the next registration takes in the queue (the waitlist's order). */
    @Column(name = "next_number")
    private long nextNumber;

    protected Activity() {
    }

    public Activity(ActivityContent content, String by, Instant at) {
        super(by, at);
        apply(content, at);
    }

    public void apply(ActivityContent content, Instant at) {
        changed(at);
        if (content.endsAt().isBefore(content.startsAt())) {
            throw new IllegalArgumentException("An activity cannot end before it starts");
        }
        this.format = content.format();
        this.mode = content.mode();
        this.title = content.title();
        this.summary = RichText.orEmpty(content.summary());
        this.question = LocalizedText.orEmpty(content.question());
        this.place = LocalizedText.orEmpty(content.place());
        this.latitude = content.latitude();
        this.longitude = content.longitude();
        this.languages = content.languages().stream().map(Language::tag).sorted().collect(Collectors.joining(","));
        this.audiences = content.audiences().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.topics = content.topics();
        this.related = content.related().isEmpty() ? null : String.join(",", content.related());
        this.trainers = content.trainers();
        this.trainerEmails = content.trainerEmails().isEmpty() ? null
                : content.trainerEmails().stream().map(e -> e.toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(","));
        this.materials = content.materials();
        this.videoLink = content.videoLink();
        this.recordingLink = content.recordingLink();
        this.startsAt = content.startsAt();
        this.endsAt = content.endsAt();
        this.timeZone = content.timeZone().getId();
        this.registrationClosesAt = content.registrationClosesAt();
        this.capacity = content.capacity();
        this.requiresApproval = content.requiresApproval();
        this.published = content.published();
    }

    public ActivityContent content() {
        return new ActivityContent(format, mode, title, summary(), question(), place(), latitude, longitude, languages(), audiences(),
                topics, trainers, trainerEmails(), materials, videoLink, recordingLink, startsAt, endsAt, timeZone(),
                registrationClosesAt, capacity, requiresApproval, published, related());
    }

    /** The heritage items it is about, by their references. */
    public java.util.List<String> related() {
        return related == null || related.isBlank() ? java.util.List.of() : java.util.List.of(related.split(","));
    }

    /** The next place in this activity's queue; the caller holds the activity's lock. */
    public long takeNumber() {
        return ++nextNumber;
    }

    public boolean registrationOpen(Instant now) {
        return published && now.isBefore(registrationClosesAt);
    }

    public boolean over(Instant now) {
        return !now.isBefore(endsAt);
    }

    public boolean hasTrainer(String email) {
        return email != null && trainerEmails().contains(email.toLowerCase(Locale.ROOT));
    }

    public org.turath.learning.ActivityId id() {
        return new org.turath.learning.ActivityId(uuid());
    }

    public ActivityFormat format() {
        return format;
    }

    public ActivityMode mode() {
        return mode;
    }

    public LocalizedText title() {
        return title;
    }

    public RichText summary() {
        return RichText.orEmpty(summary);
    }

    public LocalizedText question() {
        return LocalizedText.orEmpty(question);
    }

    public LocalizedText place() {
        return LocalizedText.orEmpty(place);
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }

    public Set<Language> languages() {
        return split(languages).stream().map(tag -> Language.fromTag(tag).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
    }

    public Set<Audience> audiences() {
        return split(audiences).stream().map(Audience::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
    }

    public String topics() {
        return topics;
    }

    public List<String> topicList() {
        return split(topics == null ? null : topics.replace(';', ','));
    }

    public String trainers() {
        return trainers;
    }

    public Set<String> trainerEmails() {
        return Set.copyOf(split(trainerEmails));
    }

    public String materials() {
        return materials;
    }

    /** The materials as links, one a line: a label, a bar and an address, or an address alone. */
    public List<String[]> materialLinks() {
        if (materials == null) {
            return List.of();
        }
        return materials.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            int bar = line.lastIndexOf('|');
            return bar < 0 ? new String[]{line, line} : new String[]{line.substring(0, bar).strip(), line.substring(bar + 1).strip()};
        }).toList();
    }

    public String videoLink() {
        return videoLink;
    }

    public String recordingLink() {
        return recordingLink;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant registrationClosesAt() {
        return registrationClosesAt;
    }

    public int capacity() {
        return capacity;
    }

    public boolean requiresApproval() {
        return requiresApproval;
    }

    public boolean published() {
        return published;
    }



    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
