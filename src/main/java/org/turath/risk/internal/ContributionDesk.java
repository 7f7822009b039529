package org.turath.risk.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.files.CameraPlace;
import org.turath.files.FileStore;
import org.turath.files.Photographs;
import org.turath.mail.Mailer;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.risk.ContributionId;
import org.turath.risk.domain.Contribution;
import org.turath.risk.domain.Contributions;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.SecretTokens;
import org.turath.shared.Slice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the public sends about a heritage item — a report of damage or of a threat, a photograph, a correction — without
 * an account. Nothing goes further before the sender confirms their address from the link mailed to them; nothing is
 * shown before a moderator (the secretariat or an expert) accepts it; the sender is told the decision in their
 * language, and credited as they chose. A photograph is kept only as the portal's own copies; the place the camera
 * wrote in it is kept only when the sender agreed and the item is not a sensitive place, and dropped if it has become
 * one by the time it is accepted.
 */
@Service
@Transactional
public class ContributionDesk {

    static final String AREA = "riskcontributions";
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final long MAX_PIXELS = 50_000_000L;
    /** How long a sending waits for its address to be confirmed before it is deleted. */
    static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);

    /** Which copy of a photograph to send. */
    public enum Size { LARGE, THUMB }

    /** What the public form gives, checked already for its shape. */
    public record Sending(String item, Contribution.Kind kind, LocalDate observedOn, String description, String sender, String email,
                         Language language, boolean creditName, boolean sharePlace, Contribution.Licence licence,
                         InputStreamSource photo) {
    }

    private final Contributions contributions;
    private final RegistryApi registry;
    private final RiskAccess access;
    private final Photographs photographs;
    private final FileStore files;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final RiskPageStamps stamps;
    private final String publicUrl;
    private final Clock clock;

    ContributionDesk(Contributions contributions, RegistryApi registry, RiskAccess access, Photographs photographs, FileStore files,
                     Mailer mailer, MessageSource messages, AuditLog audit, RiskPageStamps stamps,
                     @Value("${turath.public-url}") String publicUrl, Optional<Clock> clock) {
        this.contributions = contributions;
        this.registry = registry;
        this.access = access;
        this.photographs = photographs;
        this.files = files;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.stamps = stamps;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** How many days a sending waits for its address to be confirmed. */
    public long unconfirmedKeptDays() {
        return UNCONFIRMED_KEPT.toDays();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The item on the public List a sending is about. */
    @Transactional(readOnly = true)
    public Optional<HeritageDetail> item(String reference) {
        return reference == null ? Optional.empty() : registry.find(reference);
    }

    /** The item's name in {@code language}, or its reference. */
    public String itemName(String reference, Language language) {
        return item(reference).flatMap(detail -> detail.name().resolve(language)).map(l -> l.text()).orElse(reference);
    }

    /**
     * Keeps what was sent, waiting for its address to be confirmed, and mails the link that confirms it. A photograph
     * is required for a photograph, and kept as the portal's copies only.
     */
    public Contribution send(Sending sending) {
        HeritageDetail item = item(sending.item()).orElseThrow(() -> new Refusal("risk", "unknown-item"));
        if (sending.kind() == Contribution.Kind.PHOTOGRAPH && sending.photo() == null) {
            throw new Refusal("risk", "photo-missing");
        }
        Contribution.Photo photo = null;
        if (sending.photo() != null) {
            Photographs.Kept kept;
            try (InputStream in = sending.photo().getInputStream()) {
                kept = photographs.keep(in, AREA, MAX_BYTES, MAX_PIXELS, null);
            } catch (Photographs.TooLarge e) {
                throw new Refusal("risk", "photo-large", MAX_BYTES / (1024 * 1024));
            } catch (Photographs.NotAPhotograph e) {
                throw new Refusal("risk", "photo-type");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Optional<CameraPlace.Position> place = Optional.empty();
            if (sending.sharePlace() && !item.sensitive()) {
                try (InputStream in = sending.photo().getInputStream()) {
                    place = CameraPlace.of(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            photo = new Contribution.Photo(kept.large(), kept.thumb(), kept.width(), kept.height(), sending.licence(),
                    place.map(CameraPlace.Position::latitude).orElse(null), place.map(CameraPlace.Position::longitude).orElse(null));
        }
        String secret = SecretTokens.newSecret();
        Contribution contribution = contributions.save(new Contribution(sending.item(), sending.kind(), sending.observedOn(),
                sending.description(), sending.sender(), sending.email(), sending.language(), sending.creditName(), sending.sharePlace(),
                photo, SecretTokens.hash(secret), clock.instant()));
        Language language = sending.language();
        String name = itemName(sending.item(), language);
        mailer.queue(sending.email(), text("risk.mail.contribution.confirm.subject", language, name),
                text("risk.mail.contribution.confirm.body", language, name,
                        publicUrl + "/" + language.tag() + "/heritage-at-risk/contribute/confirm?token=" + secret,
                        UNCONFIRMED_KEPT.toDays()));
        return contribution;
    }

    /** The sending a confirmation link's secret names, if any (and if it was not deleted for want of confirming). */
    @Transactional(readOnly = true)
    public Optional<Contribution> byConfirmation(String secret) {
        return secret == null || secret.length() > 100 ? Optional.empty() : contributions.findByTokenHash(SecretTokens.hash(secret));
    }

    /** Confirms the sending the link names: it goes to the moderators. False for a link that names none. */
    public boolean confirm(String secret) {
        Optional<Contribution> contribution = byConfirmation(secret);
        contribution.ifPresent(c -> c.confirm(clock.instant()));
        return contribution.isPresent();
    }

    // ---- the moderators

    /** Whether {@code actor} moderates what the public sends. */
    public boolean moderates(Actor actor) {
        return access.writesObservatory(actor);
    }

    private void requireModerator(Actor actor) {
        if (!moderates(actor)) {
            throw new org.springframework.security.access.AccessDeniedException("not a moderator");
        }
    }

    /** The sendings in {@code status} (never the unconfirmed ones), the latest first. */
    @Transactional(readOnly = true)
    public Slice<Contribution> desk(Actor actor, Contribution.Status status, Optional<String> cursor, int limit) {
        requireModerator(actor);
        if (status == Contribution.Status.UNCONFIRMED) {
            throw new IllegalArgumentException("unconfirmed sendings are nobody's to read");
        }
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        return Slice.of(contributions.desk(status, before.time(), before.id(), Limit.of(limit + 1)), limit,
                c -> new KeysetCursor.At(c.createdAt(), c.id().value()).encode());
    }

    /** How many wait for a decision. */
    @Transactional(readOnly = true)
    public long waiting() {
        return contributions.countByStatus(Contribution.Status.WAITING);
    }

    @Transactional(readOnly = true)
    public Contribution contribution(Actor actor, ContributionId id) {
        requireModerator(actor);
        return contributions.findById(id.value()).filter(c -> c.status() != Contribution.Status.UNCONFIRMED)
                .orElseThrow(() -> new NotFoundException("contribution"));
    }

    /**
     * Accepts or declines a sending seen at {@code version}, with what its sender is told ({@code answer}, which may be
     * empty); the sender gets a mail in their language. An accepted report or photograph shows on the item's page.
     */
    public Contribution decide(Actor actor, ContributionId id, int version, boolean accepted, String answer) {
        Contribution contribution = contribution(actor, id);
        // once confirmed, a sending changes only by a decision: a page seen before it is a decision taken already
        if (contribution.status() != Contribution.Status.WAITING || contribution.version() != version) {
            throw new Refusal("risk", "contribution-decided");
        }
        if (answer != null && answer.length() > 2000) {
            throw new Refusal("risk", "answer-long");
        }
        boolean sensitive = item(contribution.itemReference()).map(HeritageDetail::sensitive).orElse(true);
        contribution.decide(accepted, actor.email(), answer, sensitive, clock.instant());
        audit.recordBy(actor.email(), AuditType.RISK_CONTRIBUTION, contribution.id().toString(),
                (accepted ? "accepted " : "declined ") + contribution.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " on " + contribution.itemReference());
        Language language = contribution.language();
        String name = itemName(contribution.itemReference(), language);
        String outcome = accepted ? "accepted" : "declined";
        String page = publicUrl + "/" + language.tag() + "/heritage/" + contribution.itemReference()
                + (accepted && contribution.kind().shown() ? "#from-the-public-heading" : "");
        String said = answer == null || answer.isBlank() ? "" : text("risk.mail.contribution.answer", language, answer);
        mailer.queue(contribution.email(), text("risk.mail.contribution." + outcome + ".subject", language, name),
                text("risk.mail.contribution." + outcome + ".body." + (contribution.kind().shown() ? "shown" : "correction"),
                        language, name, said, page));
        if (accepted && contribution.kind().shown()) {
            stamps.forget(contribution.itemReference());
        }
        return contribution;
    }

    // ---- the public

    /** An item's accepted reports and photographs, the latest accepted first. */
    @Transactional(readOnly = true)
    public Slice<Contribution> shown(String item, Optional<String> cursor, int limit) {
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        return Slice.of(contributions.shown(item, before.time(), before.id(), Limit.of(limit + 1)), limit,
                c -> new KeysetCursor.At(c.decidedAt(), c.id().value()).encode());
    }

    /** The file of a sending's photograph: anyone's once accepted, before that only the moderators'. */
    @Transactional(readOnly = true)
    public Path photo(Optional<Actor> actor, ContributionId id, Size size) {
        Contribution contribution = contributions.findById(id.value()).orElseThrow(() -> new NotFoundException("contribution"));
        boolean visible = contribution.status() == Contribution.Status.ACCEPTED && contribution.kind().shown()
                || contribution.status() != Contribution.Status.UNCONFIRMED && actor.map(this::moderates).orElse(false);
        Contribution.Photo photo = contribution.photo().filter(p -> visible).orElseThrow(() -> new NotFoundException("photo"));
        Path file = files.path(AREA, size == Size.THUMB ? photo.thumb() : photo.large());
        if (!Files.exists(file)) {
            throw new NotFoundException("photo file");
        }
        return file;
    }

    /** Where a shown sending's photograph was taken, as the public may see it: never for a sensitive place. */
    @Transactional(readOnly = true)
    public Optional<CameraPlace.Position> place(Contribution contribution) {
        return contribution.photo().filter(p -> p.latitude() != null && p.longitude() != null)
                .filter(p -> !item(contribution.itemReference()).map(HeritageDetail::sensitive).orElse(true))
                .map(p -> new CameraPlace.Position(p.latitude(), p.longitude()));
    }

    /** Sendings whose address was not confirmed within {@link #UNCONFIRMED_KEPT} are deleted, with their photographs. */
    @Scheduled(cron = "${turath.risk.contributions.clean-cron:0 50 3 * * *}")
    @SchedulerLock(name = "risk-contributions-clean", lockAtMostFor = "PT30M")
    public void forgetUnconfirmed() {
        List<Contribution> page;
        do {
            page = contributions.findByStatusAndCreatedAtBeforeOrderByCreatedAt(Contribution.Status.UNCONFIRMED,
                    clock.instant().minus(UNCONFIRMED_KEPT), Limit.of(200));
            for (Contribution contribution : page) {
                contribution.photo().ifPresent(photo -> {
                    files.deleteAfterCommit(AREA, photo.large());
                    files.deleteAfterCommit(AREA, photo.thumb());
                });
                contributions.delete(contribution);
            }
            contributions.flush();
        } while (page.size() == 200);
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
