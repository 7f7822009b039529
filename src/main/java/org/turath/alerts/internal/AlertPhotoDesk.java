package org.turath.alerts.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.alerts.domain.AlertPhoto;
import org.turath.alerts.domain.AlertPhotos;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.alerts.domain.ObjectAlerts;
import org.turath.files.FileStore;
import org.turath.files.Photographs;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An alert's photographs: added and removed while its reporter may change it, checked by their content and kept only
 * as the portal's own JPEG copies (nothing a camera wrote in the file is served), each with its perceptual hash for
 * "check an object". The public sees the photographs of public alerts.
 */
@Service
@Transactional
public class AlertPhotoDesk {

    static final String AREA = "alertphotos";
    public static final int MAX_PER_ALERT = 12;
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final long MAX_PIXELS = 50_000_000L;

    /** Which copy to send. */
    public enum Size { LARGE, THUMB }

    private final AlertPhotos photos;
    private final ObjectAlerts alerts;
    private final AlertAccess access;
    private final AlertIndex index;
    private final Photographs photographs;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    AlertPhotoDesk(AlertPhotos photos, ObjectAlerts alerts, AlertAccess access, AlertIndex index, Photographs photographs,
                   FileStore files, AuditLog audit, Optional<Clock> clock) {
        this.photos = photos;
        this.alerts = alerts;
        this.access = access;
        this.index = index;
        this.photographs = photographs;
        this.files = files;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public long maxMegabytes() {
        return MAX_BYTES / (1024 * 1024);
    }

    @Transactional(readOnly = true)
    public List<AlertPhoto> of(org.turath.alerts.AlertId alertId) {
        return photos.findByAlertIdOrderByPosition(alertId.value());
    }

    public AlertPhoto add(Actor actor, org.turath.alerts.AlertId alertId, InputStream upload, String credit, LocalizedText alt) {
        ObjectAlert alert = alerts.findById(alertId.value()).map(a -> access.requireSeen(actor, a)).orElseThrow(() -> new NotFoundException("alert"));
        if (!access.mayEdit(actor, alert)) {
            throw new Refusal("alerts", "not-editable");
        }
        if (photos.countByAlertId(alertId.value()) >= MAX_PER_ALERT) {
            throw new Refusal("alerts", "photos-many", MAX_PER_ALERT);
        }
        long[] hash = new long[1];
        Photographs.Kept kept;
        try {
            kept = photographs.keep(upload, AREA, MAX_BYTES, MAX_PIXELS, pixels -> hash[0] = PerceptualHash.of(pixels));
        } catch (Photographs.TooLarge e) {
            throw new Refusal("alerts", "photo-large", maxMegabytes());
        } catch (Photographs.NotAPhotograph e) {
            throw new Refusal("alerts", "photo-type");
        }
        AlertPhoto photo = photos.save(new AlertPhoto(alertId.value(), photos.lastPosition(alertId.value()) + 1, kept.large(), kept.thumb(),
                kept.width(), kept.height(), hash[0], credit, alt, actor.email(), clock.instant()));
        photos.flush();
        index.bands(photo.id(), photo.phash());
        audit.recordBy(actor.email(), AuditType.OBJECT_ALERT, "alert:" + alert.reference(), "photo added");
        return photo;
    }

    public void remove(Actor actor, org.turath.alerts.AlertId alertId, UUID photoId) {
        ObjectAlert alert = alerts.findById(alertId.value()).map(a -> access.requireSeen(actor, a)).orElseThrow(() -> new NotFoundException("alert"));
        if (!access.mayEdit(actor, alert)) {
            throw new Refusal("alerts", "not-editable");
        }
        AlertPhoto photo = photos.findById(photoId).filter(p -> p.alertId().equals(alertId)).orElseThrow(() -> new NotFoundException("photo"));
        photos.delete(photo);
        files.deleteAfterCommit(AREA, photo.largeFile());
        files.deleteAfterCommit(AREA, photo.thumbFile());
        audit.recordBy(actor.email(), AuditType.OBJECT_ALERT, "alert:" + alert.reference(), "photo removed");
    }

    /** The file of a photograph to send, if {@code actor} (empty for visitors) may see its alert. */
    @Transactional(readOnly = true)
    public Path file(Optional<Actor> actor, UUID photoId, Size size) {
        AlertPhoto photo = photos.findById(photoId).orElseThrow(() -> new NotFoundException("photo"));
        ObjectAlert alert = alerts.findById(photo.alertId()).orElseThrow(() -> new NotFoundException("alert"));
        boolean visible = alert.shown() || actor.filter(access::reports).map(a -> access.maySee(a, alert)).orElse(false);
        if (!visible) {
            throw new NotFoundException("photo");
        }
        Path file = files.path(AREA, size == Size.THUMB ? photo.thumbFile() : photo.largeFile());
        if (!Files.exists(file)) {
            throw new NotFoundException("photo file");
        }
        return file;
    }
}
