package org.turath.partners.internal;

import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.documents.PdfCheck;
import org.turath.files.FileStore;
import org.turath.partners.AgreementId;
import org.turath.partners.PartnerId;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.Agreements;
import org.turath.partners.domain.FundingPlan;
import org.turath.partners.domain.Partner;
import org.turath.partners.domain.PartnerListing;
import org.turath.partners.domain.Partners;
import org.turath.partners.domain.Party;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The secretariat's partners and agreements: kept with their history (Envers) and in the audit log, a stale edit
 * refused, a double post of a new record's form leading to the record the first one made; logos and signed documents
 * checked by their content before anything is kept.
 */
@Service
@Transactional
public class PartnerDesk {

    static final String AREA = "agreements";
    private static final Logger log = LoggerFactory.getLogger(PartnerDesk.class);
    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");
    private static final long LOGO_MAX = 5L * 1024 * 1024;
    private static final int LOGO_BOX = 400;
    private static final long LOGO_PIXELS = 25_000_000L;
    private static final int MAX_AGREEMENTS = 200;

    private final Partners partners;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final FileStore files;
    private final PdfCheck pdf;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final PartnerPageStamps pages;
    private final long documentMax;
    private final Clock clock;

    PartnerDesk(Partners partners, Agreements agreements, PartnerAccess access, FileStore files, PdfCheck pdf, AuditLog audit,
                FormSubmissions submissions, PartnerPageStamps pages,
                @Value("${turath.partners.document-max-mb:50}") long documentMaxMb, Optional<Clock> clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.access = access;
        this.files = files;
        this.pdf = pdf;
        this.audit = audit;
        this.submissions = submissions;
        this.pages = pages;
        this.documentMax = documentMaxMb * 1024 * 1024;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refuses someone who does not keep partners and agreements. */
    public void requireKeeper(Actor actor) {
        access.requireKeeper(actor);
    }

    // ---- partners

    @Transactional(readOnly = true)
    public Slice<Partner> partners(Actor actor, String kind, Language language, Optional<String> cursor, int limit) {
        access.requireKeeper(actor);
        return listed(new PartnerListing.Filter(kind, "", false), language, cursor, limit);
    }

    /** A page of partners in the alphabetical order of {@code language}; a cursor we did not make is an invalid request. */
    private Slice<Partner> listed(PartnerListing.Filter filter, Language language, Optional<String> cursor, int limit) {
        Optional<PartnerListing.After> after = KeysetCursor.Named.of(cursor).map(at -> new PartnerListing.After(at.sortKey(), at.id()));
        List<Partner> rows = partners.page(filter, language, after, limit + 1);
        return Slice.of(rows, limit, p -> KeysetCursor.Named.encode(p.sortKey(language), p.id().value()));
    }

    @Transactional(readOnly = true)
    public Partner partner(Actor actor, PartnerId id) {
        access.requireKeeper(actor);
        return partners.findById(id.value()).orElseThrow(() -> new NotFoundException("partner"));
    }

    /** Partners by id (for naming an agreement's parties). */
    @Transactional(readOnly = true)
    public Map<UUID, Partner> partnersById(Set<UUID> ids) {
        Map<UUID, Partner> byId = new java.util.HashMap<>();
        partners.findAllById(ids).forEach(p -> byId.put(p.id().value(), p));
        return byId;
    }

    public Partner createPartner(Actor actor, Optional<String> submission, Partner.Details details) {
        access.requireKeeper(actor);
        Optional<Partner> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> partners.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireFreeSlug(details.slug(), null);
        Instant now = clock.instant();
        Partner partner = partners.save(new Partner(details, false, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, partner.id().toString(), now));
        audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "partner:" + partner.id(), "created");
        pages.forget();
        return partner;
    }

    public Partner updatePartner(Actor actor, PartnerId id, long version, Partner.Details details) {
        Partner partner = partner(actor, id);
        if (partner.version() != version) {
            throw new Refusal("partners", "stale");
        }
        requireFreeSlug(details.slug(), partner.id().value());
        partner.apply(details, clock.instant());
        audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "partner:" + id, "updated");
        pages.forget();
        return partner;
    }

    /** A new logo: any common image, redrawn as a PNG at most {@value #LOGO_BOX} pixels wide (nothing of the upload is served as sent). */
    public Partner logo(Actor actor, PartnerId id, long version, InputStream upload) {
        Partner partner = partner(actor, id);
        if (partner.version() != version) {
            throw new Refusal("partners", "stale");
        }
        FileStore.Received received = receive(upload, LOGO_MAX);
        String stored = null;
        try {
            if (!LOGO_TYPES.contains(received.detectedType())) {
                throw new Refusal("partners", "not-image");
            }
            // the size from the header, before any pixel is decoded: a small file can declare a gigantic image
            if (org.turath.files.ImageSize.of(received.file()).filter(size -> size.pixels() <= LOGO_PIXELS).isEmpty()) {
                throw new Refusal("partners", "not-image");
            }
            Path target = files.newFile(AREA, "png");
            try {
                Thumbnails.of(received.file().toFile()).size(LOGO_BOX, LOGO_BOX).outputFormat("png").toFile(target.toFile());
            } catch (IOException | RuntimeException e) {
                java.nio.file.Files.deleteIfExists(target);
                throw new Refusal("partners", "not-image");
            }
            files.kept(target);
            stored = target.getFileName().toString();
            files.deleteOnRollback(AREA, stored);
            files.deleteAfterCommit(AREA, partner.logo());
            partner.logo(stored, clock.instant());
            audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "partner:" + id, "logo");
            pages.forget();
            return partner;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discardQuietly(received);
        }
    }

    /** Where a partner's logo is on disk, for serving it. */
    public Optional<Path> logoFile(Partner partner) {
        return Optional.ofNullable(partner.logo()).map(name -> files.path(AREA, name));
    }

    private void requireFreeSlug(String slug, UUID self) {
        partners.findBySlug(slug).filter(other -> !other.id().value().equals(self)).ifPresent(other -> {
            throw new Refusal("partners", "slug-taken");
        });
    }

    // ---- in public: partners with a concluded agreement, and those agreements

    /** The partners shown in public, filtered by kind and country ('' for any), in the alphabetical order of {@code language}. */
    @Transactional(readOnly = true)
    public Slice<Partner> shownPartners(String kind, String country, Language language, Optional<String> cursor, int limit) {
        return listed(new PartnerListing.Filter(kind, country, true), language, cursor, limit);
    }

    /** A partner's public page: empty when there is no such partner or it is party to no concluded agreement. */
    @Transactional(readOnly = true)
    public Optional<Partner> shownPartner(String slug) {
        return partners.findBySlug(slug).filter(p -> !agreements.withPartner(p.id().value(), true, Limit.of(1)).isEmpty());
    }

    /** The concluded agreements {@code partner} is a party to, the latest signed first. */
    @Transactional(readOnly = true)
    public List<Agreement> shownAgreements(PartnerId partner) {
        return agreements.withPartner(partner.value(), true, Limit.of(MAX_AGREEMENTS));
    }

    // ---- agreements

    @Transactional(readOnly = true)
    public Slice<Agreement> agreements(Actor actor, Optional<String> cursor, int limit) {
        access.requireKeeper(actor);
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<Agreement> rows = agreements.desk(before.time(), before.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, a -> new KeysetCursor.At(a.updatedAt(), a.id().value()).encode());
    }

    /** Agreements in force whose term ends in the next six months, the soonest first. */
    @Transactional(readOnly = true)
    public Slice<Agreement> ending(Actor actor, Optional<String> cursor, int limit) {
        access.requireKeeper(actor);
        KeysetCursor.On after = KeysetCursor.On.of(cursor, new KeysetCursor.On(today().minusDays(1), new UUID(-1L, -1L)));
        List<Agreement> rows = agreements.ending(after.day(), after.id(), today().plusMonths(Agreement.EXPIRING_MONTHS),
                Limit.of(limit + 1));
        return Slice.of(rows, limit, a -> new KeysetCursor.On(a.endsOn(), a.id().value()).encode());
    }

    /** Concluded agreements with no signature date on record (their end cannot be followed). */
    @Transactional(readOnly = true)
    public List<Agreement> undated(Actor actor, int limit) {
        access.requireKeeper(actor);
        return agreements.undated(Limit.of(limit));
    }

    @Transactional(readOnly = true)
    public Agreement agreement(Actor actor, AgreementId id) {
        access.requireKeeper(actor);
        return agreements.findById(id.value()).orElseThrow(() -> new NotFoundException("agreement"));
    }

    @Transactional(readOnly = true)
    public List<Agreement> agreementsWith(Actor actor, PartnerId partner) {
        access.requireKeeper(actor);
        return agreements.withPartner(partner.value(), false, Limit.of(MAX_AGREEMENTS));
    }

    public Agreement create(Actor actor, Optional<String> submission, Agreement.Details details) {
        access.requireKeeper(actor);
        Optional<Agreement> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> agreements.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(details);
        Instant now = clock.instant();
        Agreement agreement = agreements.save(new Agreement(details, false, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, agreement.id().toString(), now));
        audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "agreement:" + agreement.id(), "created");
        pages.forget();
        return agreement;
    }

    public Agreement update(Actor actor, AgreementId id, long version, Agreement.Details details) {
        Agreement agreement = current(actor, id, version);
        check(details);
        agreement.apply(details, actor.email(), clock.instant());
        audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "agreement:" + id, "updated");
        pages.forget();
        return agreement;
    }

    /** Renews it for one more term on a decision, in one action; the earlier terms stay in its history. */
    public Agreement renew(Actor actor, AgreementId id, long version, String decision) {
        Agreement agreement = current(actor, id, version);
        if (decision == null) {
            throw new Refusal("partners", "decision-missing");
        }
        agreement.renew(decision, actor.email(), clock.instant(), today());
        audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "agreement:" + id, "renewed");
        pages.forget();
        return agreement;
    }

    public Agreement terminate(Actor actor, AgreementId id, long version, LocalDate on, String note) {
        Agreement agreement = current(actor, id, version);
        if (on == null || note == null) {
            throw new Refusal("partners", "termination-missing");
        }
        if (agreement.signedOn() != null && on.isBefore(agreement.signedOn())) {
            throw new Refusal("partners", "termination-date");
        }
        agreement.terminate(on, note, clock.instant());
        audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "agreement:" + id, "terminated");
        pages.forget();
        return agreement;
    }

    /** The signed document: a PDF a reader can open (checked by its content), within the size limit. */
    public Agreement attach(Actor actor, AgreementId id, long version, InputStream upload, String originalName) {
        Agreement agreement = current(actor, id, version);
        FileStore.Received received = receive(upload, documentMax);
        String stored = null;
        try {
            if (!"application/pdf".equals(received.detectedType())) {
                throw new Refusal("partners", "not-pdf");
            }
            try {
                pdf.pages(received.file());
            } catch (PdfCheck.NotReadable e) {
                throw new Refusal("partners", e.problem() == PdfCheck.Problem.PROTECTED ? "pdf-protected" : "pdf-damaged");
            }
            stored = files.keep(received, AREA, "pdf");
            files.deleteOnRollback(AREA, stored);
            files.deleteAfterCommit(AREA, agreement.documentFile());
            agreement.attach(stored, FileStore.shownName(originalName, "agreement.pdf", 200), received.size(), clock.instant());
            audit.recordBy(actor.email(), AuditType.PARTNERSHIP, "agreement:" + id, "document");
            return agreement;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (stored == null) {
                discardQuietly(received);
            }
        }
    }

    /** Where the signed document is on disk, for the secretariat to download. */
    @Transactional(readOnly = true)
    public Path document(Actor actor, AgreementId id) {
        Agreement agreement = agreement(actor, id);
        if (agreement.documentFile() == null) {
            throw new NotFoundException("document");
        }
        return files.path(AREA, agreement.documentFile());
    }

    private Agreement current(Actor actor, AgreementId id, long version) {
        Agreement agreement = agreement(actor, id);
        if (agreement.version() != version) {
            throw new Refusal("partners", "stale");
        }
        return agreement;
    }

    /** The rules the form checks, again here: whatever calls the desk, an agreement is never kept otherwise. */
    private void check(Agreement.Details details) {
        List<Party> parties = details.parties();
        Set<UUID> ids = new HashSet<>();
        parties.forEach(p -> ids.add(p.partnerId()));
        if (parties.size() < 2 || ids.size() != parties.size()) {
            throw new Refusal("partners", "parties");
        }
        if (partners.findAllById(ids).size() != ids.size()) {
            throw new Refusal("partners", "parties");
        }
        Map<String, String> problems = FundingPlan.problems(details.currency(), details.totalAmount(), parties);
        if (!problems.isEmpty()) {
            throw new Refusal("partners", "funding");
        }
        if (details.concluded() && details.keeper() == null) {
            throw new Refusal("partners", "keeper");
        }
    }

    private FileStore.Received receive(InputStream upload, long max) {
        try {
            return files.receive(upload, AREA, max);
        } catch (FileStore.TooLargeException e) {
            throw new Refusal("partners", "too-large", max / (1024 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void discardQuietly(FileStore.Received received) {
        try {
            files.discard(received);
        } catch (IOException e) {
            log.warn("Upload not discarded: {}", e.getMessage());
        }
    }
}
