package org.turath.nominations.internal;

import org.turath.nominations.NominationFileId;
import org.turath.shared.Refusal;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.nominations.domain.Attachment;
import org.turath.nominations.domain.Attachments;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationVersion;
import org.turath.shared.NotFoundException;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The documents of a dossier: maps, photographs, management plans, consents and video links, taken
 * in while the state works on the file (their type read from their content, never their name),
 * listed, drawn into the dossier's PDF and downloaded by those who may read the dossier.
 */
@Service
@Transactional
public class DossierDocuments {

    private final Attachments attachments;
    private final org.turath.files.FileStore store;
    private final NominationAccess access;
    private final AuditLog audit;
    private final NominationClock clock;

    DossierDocuments(Attachments attachments, org.turath.files.FileStore store, NominationAccess access,
                     AuditLog audit, NominationClock clock) {
        this.attachments = attachments;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What each kind of document may be, by the type its content shows (never by its name). */
    private static final Map<Attachment.Kind, Set<String>> ALLOWED_TYPES = Map.of(
            Attachment.Kind.MAP, Set.of("application/pdf", "image/jpeg", "image/png", "image/webp", "application/vnd.google-earth.kml+xml"),
            Attachment.Kind.PHOTO, Set.of("image/jpeg", "image/png", "image/webp"),
            Attachment.Kind.MANAGEMENT_PLAN, Set.of("application/pdf"),
            Attachment.Kind.CONSENT, Set.of("application/pdf", "image/jpeg", "image/png"),
            Attachment.Kind.OTHER, Set.of("application/pdf", "image/jpeg", "image/png", "image/webp"));
    private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", "image/jpeg", "jpg", "image/png", "png",
            "image/webp", "webp", "application/vnd.google-earth.kml+xml", "kml");
    public static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 100;
    static final String AREA = "nominations";

    /** The kinds of document the file has, for its completeness. */
    Set<Attachment.Kind> attachedKinds(NominationFileId fileId) {
        Set<Attachment.Kind> kinds = EnumSet.noneOf(Attachment.Kind.class);
        attachments.ofFile(fileId.value(), Limit.of(MAX_ATTACHMENTS)).forEach(a -> kinds.add(a.kind()));
        return kinds;
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(Actor actor, NominationFileId id) {
        access.readable(actor, id);
        return attachments.ofFile(id.value(), Limit.of(MAX_ATTACHMENTS));
    }

    /** A stored document to download: where it is and what it is. */
    public record Download(java.nio.file.Path path, String mediaType, String shownName) {
    }

    /** The maps and photographs (JPEG, PNG) a version was submitted with, for its PDF. */
    @Transactional(readOnly = true)
    public List<DossierPdf.Figure> figures(Actor actor, NominationFileId id, NominationVersion version) {
        access.readable(actor, id);
        return attachments.ofFile(id.value(), Limit.of(MAX_ATTACHMENTS)).stream()
                .filter(a -> a.storedName() != null && !a.uploadedAt().isAfter(version.submittedAt()))
                .filter(a -> a.kind() == Attachment.Kind.MAP || a.kind() == Attachment.Kind.PHOTO)
                .filter(a -> a.mediaType().equals("image/jpeg") || a.mediaType().equals("image/png"))
                .map(a -> new DossierPdf.Figure(store.path(AREA, a.storedName()).toUri().toString(), a.kind().name(),
                        a.caption() == null ? a.shownName() : a.caption()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Download download(Actor actor, NominationFileId id, UUID attachmentId) {
        access.readable(actor, id);
        Attachment attachment = attachments.findById(attachmentId).filter(a -> a.fileId().equals(id.value()) && a.storedName() != null)
                .orElseThrow(() -> new NotFoundException("attachment"));
        return new Download(store.path(AREA, attachment.storedName()), attachment.mediaType(), attachment.shownName());
    }

    /**
     * Takes a document in while the state works on the file: streamed to disk and refused past
     * {@link #MAX_ATTACHMENT_BYTES}, its type read from its content and checked against what the
     * kind allows, a photograph only with its rights release. A refused upload leaves nothing behind.
     */
    public UUID attach(Actor actor, NominationFileId id, Attachment.Kind kind, java.io.InputStream in, String originalName, String caption,
                       boolean rightsRelease) throws java.io.IOException {
        NominationFile file = access.visible(actor, id);
        access.requireEditable(actor, file);
        if (kind == Attachment.Kind.VIDEO) {
            throw new Refusal("nominations", "attachment-type", "video");
        }
        if (kind.needsRightsRelease() && !rightsRelease) {
            throw new Refusal("nominations", "rights-release");
        }
        if (attachments.countByFileId(id.value()) >= MAX_ATTACHMENTS) {
            throw new Refusal("nominations", "attachment-count", MAX_ATTACHMENTS);
        }
        org.turath.files.FileStore.Received received;
        try {
            received = store.receive(in, AREA, MAX_ATTACHMENT_BYTES);
        } catch (org.turath.files.FileStore.TooLargeException e) {
            throw new Refusal("nominations", "attachment-too-large", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        if (received.size() == 0 || !ALLOWED_TYPES.get(kind).contains(received.detectedType())) {
            store.discard(received);
            throw new Refusal("nominations", "attachment-type", received.size() == 0 ? "empty" : received.detectedType());
        }
        String stored = store.keep(received, AREA, EXTENSIONS.get(received.detectedType()));
        try {
            Attachment attachment = Attachment.stored(id.value(), kind, stored,
                    org.turath.files.FileStore.shownName(originalName, "document", 200), received.detectedType(),
                    received.size(), blankToNull(caption), rightsRelease, actor.email(), clock.now());
            attachments.save(attachment);
            audit.record(AuditType.NOMINATION, file.label(), "ATTACH " + kind + " " + received.detectedType());
            return attachment.id();
        } catch (RuntimeException e) {
            store.delete(AREA, stored);
            throw e;
        }
    }

    /** A link to a video (the portal does not host videos), with its rights release. */
    public UUID attachVideo(Actor actor, NominationFileId id, String url, String caption, boolean rightsRelease) {
        NominationFile file = access.visible(actor, id);
        access.requireEditable(actor, file);
        if (url == null || !url.matches("https://[^\\s<>\"']{3,480}")) {
            throw new Refusal("nominations", "video-link");
        }
        if (!rightsRelease) {
            throw new Refusal("nominations", "rights-release");
        }
        Attachment attachment = Attachment.video(id.value(), url, blankToNull(caption), true, actor.email(), clock.now());
        attachments.save(attachment);
        return attachment.id();
    }

    public void detach(Actor actor, NominationFileId id, UUID attachmentId) throws java.io.IOException {
        NominationFile file = access.visible(actor, id);
        access.requireEditable(actor, file);
        Attachment attachment = attachments.findById(attachmentId).filter(a -> a.fileId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("attachment"));
        attachments.delete(attachment);
        attachments.flush();
        if (attachment.storedName() != null) {
            store.delete(AREA, attachment.storedName());
        }
        audit.record(AuditType.NOMINATION, file.label(), "DETACH " + attachment.kind());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The documents of the file as its submitted version lists them, one line each. */
    Map<String, String> listing(NominationFileId fileId) {
        Map<String, String> documents = new java.util.TreeMap<>();
        List<Attachment> attached = attachments.ofFile(fileId.value(), Limit.of(MAX_ATTACHMENTS));
        for (int i = 0; i < attached.size(); i++) {
            Attachment a = attached.get(i);
            documents.put("attachments.%03d".formatted(i + 1), a.kind() + ": " + a.shownName() + (a.size() > 0 ? " (" + a.size() + " bytes)" : "")
                    + (a.rightsRelease() ? " [rights released]" : ""));
        }
        return documents;
    }
}
