package org.turath.alerts.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.alerts.domain.AlertPhoto;
import org.turath.alerts.domain.AlertPhotos;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.alerts.domain.ObjectAlerts;
import org.turath.files.Photographs;
import org.turath.shared.Refusal;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Check an object": a visitor describes an object, or shows a photograph of it, and gets the active public alerts
 * that may be about it — by the words they share (folded as {@link Words} folds them), and by photographs whose
 * perceptual hash is within {@link #SIMILAR} bits of the visitor's. The visitor's photograph is looked at and never
 * kept: its temporary file is gone before the answer is drawn. A result proves nothing and clears nothing; the page
 * says so and says whom to tell.
 */
@Service
@Transactional(readOnly = true)
public class AlertCheck {

    /** Two photographs whose hashes differ by at most this many of their 64 bits are shown as similar. */
    static final int SIMILAR = 12;
    static final int MAX_WORDS = 30;
    static final int MAX_RESULTS = 20;
    private static final int CANDIDATES = 2_000;
    private static final String AREA = "alertchecks";

    /** A possible match: the alert, which of the visitor's words it has, and how near its nearest photograph is. */
    public record Match(ObjectAlert alert, Set<String> words, Optional<Integer> distance, Optional<AlertPhoto> photo) {
        /** How close, out of 100: a near photograph counts most, then the share of the words. */
        public int score(int wordsAsked) {
            int byPhoto = distance.map(d -> 100 - d * 100 / 64).orElse(0);
            int byWords = wordsAsked == 0 ? 0 : words.size() * 100 / wordsAsked;
            return Math.max(byPhoto, byWords);
        }
    }

    /** The answer: the words looked for (as folded), whether a photograph was compared, and the matches, best first. */
    public record Answer(Set<String> words, boolean photographCompared, List<Match> matches) {
    }

    private final AlertIndex index;
    private final ObjectAlerts alerts;
    private final AlertPhotos photos;
    private final Photographs photographs;

    AlertCheck(AlertIndex index, ObjectAlerts alerts, AlertPhotos photos, Photographs photographs) {
        this.index = index;
        this.alerts = alerts;
        this.photos = photos;
        this.photographs = photographs;
    }

    public long maxMegabytes() {
        return AlertPhotoDesk.MAX_BYTES / (1024 * 1024);
    }

    public Answer check(String description, Optional<InputStream> photograph) {
        Set<String> words = Words.of(description).stream().limit(MAX_WORDS).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Map<UUID, Integer> nearest = new HashMap<>();
        Map<UUID, UUID> nearestPhoto = new HashMap<>();
        if (photograph.isPresent()) {
            long hash = PerceptualHash.of(look(photograph.get()));
            for (AlertIndex.Candidate candidate : index.byHash(hash, CANDIDATES)) {
                int distance = PerceptualHash.distance(hash, candidate.hash());
                if (distance <= SIMILAR && distance < nearest.getOrDefault(candidate.alertId(), Integer.MAX_VALUE)) {
                    nearest.put(candidate.alertId(), distance);
                    nearestPhoto.put(candidate.alertId(), candidate.photoId());
                }
            }
        }
        Map<UUID, Integer> byWords = index.byWords(words, MAX_RESULTS * 5);
        Set<UUID> ids = new HashSet<>(nearest.keySet());
        ids.addAll(byWords.keySet());
        if (ids.isEmpty()) {
            return new Answer(words, photograph.isPresent(), List.of());
        }
        List<ObjectAlert> found = alerts.activeAmong(ids);
        Map<UUID, AlertPhoto> photoById = photos.findAllById(nearestPhoto.values()).stream()
                .collect(Collectors.toMap(AlertPhoto::id, p -> p));
        List<Match> matches = new ArrayList<>();
        for (ObjectAlert alert : found) {
            Set<String> shared = new java.util.LinkedHashSet<>(words);
            shared.retainAll(AlertDesk.words(alert));
            matches.add(new Match(alert, shared, Optional.ofNullable(nearest.get(alert.id().value())),
                    Optional.ofNullable(nearestPhoto.get(alert.id().value())).map(photoById::get)));
        }
        matches.sort(Comparator.comparingInt((Match m) -> -m.score(words.size())).thenComparing(m -> m.alert().reference()));
        return new Answer(words, photograph.isPresent(), matches.stream().limit(MAX_RESULTS).toList());
    }

    private BufferedImage look(InputStream photograph) {
        try {
            return photographs.look(photograph, AREA, AlertPhotoDesk.MAX_BYTES, AlertPhotoDesk.MAX_PIXELS, 512);
        } catch (Photographs.TooLarge e) {
            throw new Refusal("alerts", "photo-large", maxMegabytes());
        } catch (Photographs.NotAPhotograph e) {
            throw new Refusal("alerts", "photo-type");
        }
    }
}
