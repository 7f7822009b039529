package org.turath.fund.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.files.FileStore;
import org.turath.files.Photographs;
import org.turath.fund.FundRequestId;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.FundRequests;
import org.turath.fund.domain.ProjectPhoto;
import org.turath.fund.domain.ProjectPhotos;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.web.PhotoDetails;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The photographs of a funded project's work, which its public page shows: added and removed by the state's focal
 * points and the secretariat once the project is funded; checked by their content and kept only as the portal's own
 * JPEG copies, so nothing a camera wrote in the file (its position) is ever served. Everyone sees those of a funded
 * project — there are no others.
 */
@Service
@Transactional
public class ProjectPhotoDesk {

    static final String AREA = "fundphotos";
    public static final int MAX_PER_PROJECT = 24;
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final long MAX_PIXELS = 50_000_000L;

    /** Which copy to send. */
    public enum Size { LARGE, THUMB }

    private final ProjectPhotos photos;
    private final FundRequests requests;
    private final FundAccess access;
    private final FileStore files;
    private final Photographs photographs;
    private final AuditLog audit;
    private final FundPageStamps pages;
    private final Clock clock;

    ProjectPhotoDesk(ProjectPhotos photos, FundRequests requests, FundAccess access, FileStore files, Photographs photographs,
                     AuditLog audit, FundPageStamps pages, Optional<Clock> clock) {
        this.photos = photos;
        this.requests = requests;
        this.access = access;
        this.files = files;
        this.photographs = photographs;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A project's photographs in their order (a funded project's are public; a request's page shows them to its readers). */
    @Transactional(readOnly = true)
    public List<ProjectPhoto> of(FundRequest request) {
        return request.status().funded() ? photos.findByRequestIdOrderByPosition(request.id().value()) : List.of();
    }

    /** The first photograph of each of these projects that has one, by project. */
    @Transactional(readOnly = true)
    public Map<UUID, ProjectPhoto> covers(Collection<FundRequest> projects) {
        List<UUID> funded = projects.stream().filter(r -> r.status().funded()).map(r -> r.id().value()).toList();
        return funded.isEmpty() ? Map.of()
                : photos.firstOf(funded).stream().collect(Collectors.toMap(ProjectPhoto::requestId, Function.identity(), (a, b) -> a));
    }

    /** Whether the person may add photographs to the request now: its state's focal points or the secretariat, once funded. */
    public boolean mayAdd(Actor actor, FundRequest request) {
        return request.status().funded() && (access.keeps(actor) || access.writesFor(actor, request.state()));
    }

    public ProjectPhoto add(Actor actor, FundRequestId id, InputStream upload, PhotoDetails details) {
        FundRequest request = changeable(actor, id);
        if (photos.countByRequestId(id.value()) >= MAX_PER_PROJECT) {
            throw new Refusal("fund", "photos-many", MAX_PER_PROJECT);
        }
        Photographs.Kept kept;
        try {
            kept = photographs.keep(upload, AREA, MAX_BYTES, MAX_PIXELS, null);
        } catch (Photographs.TooLarge e) {
            throw new Refusal("fund", "photo-large", MAX_BYTES / (1024 * 1024));
        } catch (Photographs.NotAPhotograph e) {
            throw new Refusal("fund", "photo-type");
        }
        ProjectPhoto photo = photos.save(new ProjectPhoto(id.value(), photos.lastPosition(id.value()) + 1,
                new ProjectPhoto.Made(details.takenOn(), details.credit(), details.caption(), kept.large(), kept.thumb(), kept.width(),
                        kept.height(), actor.email(), clock.instant())));
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "photo added");
        pages.forget();
        return photo;
    }

    public void remove(Actor actor, FundRequestId id, UUID photoId) {
        FundRequest request = changeable(actor, id);
        ProjectPhoto photo = photos.findById(photoId).filter(p -> p.requestId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("photo"));
        photos.delete(photo);
        files.deleteAfterCommit(AREA, photo.largeFile());
        files.deleteAfterCommit(AREA, photo.thumbFile());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "photo removed");
        pages.forget();
    }

    /** The file of a photograph of a funded project, for anyone. */
    @Transactional(readOnly = true)
    public Path file(UUID photoId, Size size) {
        ProjectPhoto photo = photos.findById(photoId).orElseThrow(() -> new NotFoundException("photo"));
        requests.findById(photo.requestId()).filter(r -> r.status().funded()).orElseThrow(() -> new NotFoundException("photo"));
        Path file = files.path(AREA, size == Size.THUMB ? photo.thumbFile() : photo.largeFile());
        if (!java.nio.file.Files.exists(file)) {
            throw new NotFoundException("photo file");
        }
        return file;
    }

    private FundRequest changeable(Actor actor, FundRequestId id) {
        FundRequest request = access.readable(actor, requests.findById(id.value()).orElseThrow(() -> new NotFoundException("request")));
        if (!access.keeps(actor) && !access.writesFor(actor, request.state())) {
            throw new NotAllowedException();
        }
        if (!request.status().funded()) {
            throw new Refusal("fund", "photos-not-funded");
        }
        return request;
    }
}
