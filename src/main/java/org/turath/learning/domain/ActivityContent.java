package org.turath.learning.domain;

import org.turath.learning.ActivityFormat;
import org.turath.learning.ActivityMode;
import org.turath.learning.Audience;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the secretariat writes about an activity; the desk checks it before it reaches an activity. {@code related} names
 * the heritage items it is about (references of the List), whose pages show it.
 */
public record ActivityContent(ActivityFormat format, ActivityMode mode, LocalizedText title, RichText summary,
                              LocalizedText question, LocalizedText place, Double latitude, Double longitude,
                              Set<Language> languages, Set<Audience> audiences, String topics, String trainers,
                              Set<String> trainerEmails, String materials, String videoLink, String recordingLink,
                              Instant startsAt, Instant endsAt, ZoneId timeZone, Instant registrationClosesAt,
                              int capacity, boolean requiresApproval, boolean published, java.util.List<String> related) {

    public ActivityContent {
        related = related == null ? java.util.List.of() : java.util.List.copyOf(related);
    }

    /** An activity about no heritage item in particular. */
    public ActivityContent(ActivityFormat format, ActivityMode mode, LocalizedText title, RichText summary,
                           LocalizedText question, LocalizedText place, Double latitude, Double longitude,
                           Set<Language> languages, Set<Audience> audiences, String topics, String trainers,
                           Set<String> trainerEmails, String materials, String videoLink, String recordingLink,
                           Instant startsAt, Instant endsAt, ZoneId timeZone, Instant registrationClosesAt,
                           int capacity, boolean requiresApproval, boolean published) {
        this(format, mode, title, summary, question, place, latitude, longitude, languages, audiences, topics, trainers, trainerEmails,
                materials, videoLink, recordingLink, startsAt, endsAt, timeZone, registrationClosesAt, capacity, requiresApproval,
                published, java.util.List.of());
    }
}
