package org.turath.risk.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.files.FileStore;
import org.turath.files.Photographs;
import org.turath.risk.ReportStatus;
import org.turath.risk.RiskReportId;
import org.turath.risk.domain.ReportPhoto;
import org.turath.risk.domain.ReportPhotos;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.RiskReports;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A condition report's photographs: added and removed while the report can be changed, by who may change it; checked
 * by their content (JPEG, PNG or WebP of sane dimensions, read from the header before any pixel is decoded), and kept
 * only as the portal's own JPEG copies — so nothing a camera wrote in the file (its position) is ever served. The
 * public sees the photographs of published reports.
 */
@Service
@Transactional
public class PhotoDesk {

    static final String AREA = "riskphotos";
    public static final int MAX_PER_REPORT = 12;
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final long MAX_PIXELS = 50_000_000L;

    /** Which copy to send. */
    public enum Size { LARGE, THUMB }

    /** What a photograph's form gives. */
    public record Details(ReportPhoto.Phase phase, LocalDate takenOn, String credit, LocalizedText caption) {
    }

    private final ReportPhotos photos;
    private final RiskReports reports;
    private final RiskAccess access;
    private final FileStore files;
    private final Photographs photographs;
    private final AuditLog audit;
    private final Clock clock;

    PhotoDesk(ReportPhotos photos, RiskReports reports, RiskAccess access, FileStore files, Photographs photographs, AuditLog audit,
              Optional<Clock> clock) {
        this.photos = photos;
        this.reports = reports;
        this.access = access;
        this.files = files;
        this.photographs = photographs;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A report's photographs, in their order, for someone who may see the report (or anyone once it is published). */
    @Transactional(readOnly = true)
    public List<ReportPhoto> of(Optional<Actor> actor, RiskReportId id) {
        visibleReport(actor, id.value());
        return photos.findByReportIdOrderByPosition(id.value());
    }

    public ReportPhoto add(Actor actor, RiskReportId id, InputStream upload, Details details) {
        RiskReport report = editable(actor, id);
        if (photos.countByReportId(id.value()) >= MAX_PER_REPORT) {
            throw new Refusal("risk", "photos-many", MAX_PER_REPORT);
        }
        Photographs.Kept kept;
        try {
            kept = photographs.keep(upload, AREA, MAX_BYTES, MAX_PIXELS, null);
        } catch (Photographs.TooLarge e) {
            throw new Refusal("risk", "photo-large", MAX_BYTES / (1024 * 1024));
        } catch (Photographs.NotAPhotograph e) {
            throw new Refusal("risk", "photo-type");
        }
        ReportPhoto photo = photos.save(new ReportPhoto(id.value(), photos.lastPosition(id.value()) + 1, details.phase(),
                new ReportPhoto.Made(details.takenOn(), details.credit(), details.caption(), kept.large(), kept.thumb(), kept.width(),
                        kept.height(), actor.email(), clock.instant())));
        audit.recordBy(actor.email(), AuditType.RISK_REPORT, report.id().toString(), "photo added");
        return photo;
    }

    public void remove(Actor actor, RiskReportId id, UUID photoId) {
        RiskReport report = editable(actor, id);
        ReportPhoto photo = photos.findById(photoId).filter(p -> p.reportId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("photo"));
        photos.delete(photo);
        files.deleteAfterCommit(AREA, photo.largeFile());
        files.deleteAfterCommit(AREA, photo.thumbFile());
        audit.recordBy(actor.email(), AuditType.RISK_REPORT, report.id().toString(), "photo removed");
    }

    /** The file of a photograph to send, if {@code actor} (empty for visitors) may see its report. */
    @Transactional(readOnly = true)
    public Path file(Optional<Actor> actor, UUID photoId, Size size) {
        ReportPhoto photo = photos.findById(photoId).orElseThrow(() -> new NotFoundException("photo"));
        visibleReport(actor, photo.reportId());
        Path file = files.path(AREA, size == Size.THUMB ? photo.thumbFile() : photo.largeFile());
        if (!Files.exists(file)) {
            throw new NotFoundException("photo file");
        }
        return file;
    }

    private RiskReport visibleReport(Optional<Actor> actor, UUID reportId) {
        RiskReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report"));
        boolean visible = report.status() == ReportStatus.PUBLISHED
                || actor.filter(access::usesDesk).map(a -> access.maySee(a, report)).orElse(false);
        if (!visible) {
            throw new NotFoundException("report");
        }
        return report;
    }

    private RiskReport editable(Actor actor, RiskReportId id) {
        RiskReport report = reports.findById(id.value()).orElseThrow(() -> new NotFoundException("report"));
        if (!access.usesDesk(actor) || !access.maySee(actor, report)) {
            throw new NotFoundException("report");
        }
        if (!access.mayEdit(actor, report)) {
            throw new Refusal("risk", "not-editable");
        }
        return report;
    }
}
