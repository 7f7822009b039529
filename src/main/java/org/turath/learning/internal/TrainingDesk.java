package org.turath.learning.internal;

import org.turath.learning.RegistrationId;
import org.turath.learning.ActivityId;
import org.turath.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.learning.RegistrationStatus;
import org.turath.learning.domain.Activities;
import org.turath.learning.domain.Activity;
import org.turath.learning.domain.ActivityContent;
import org.turath.learning.domain.Registration;
import org.turath.learning.domain.Registrations;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedDates;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.SecretTokens;
import org.turath.shared.Slice;
import org.turath.mail.Mailer;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Activities and their registrations. Every change to an activity's seats (a registration, a
 * cancellation, an approval, a change of capacity) happens under a lock on the activity's row, so
 * concurrent registrations never give away more seats than there are and a freed seat goes to
 * exactly one person: the first in the queue.
 */
@Service
@Transactional
public class TrainingDesk {

    /** A registration just made, with the secret of its personal link (shown and mailed once, never kept). */
    public record Registered(Registration registration, String secret) {
    }

    /** A seat count: taken, waiting, awaiting approval, and left. */
    public record Seats(int capacity, long confirmed, long waitlisted, long pending) {
        public long left() {
            return Math.max(0, capacity - confirmed);
        }
    }

    /** What the public verification page may show of a certificate: who, what, when; nothing else. */
    public record Certificate(String code, String name, Activity activity) {
    }

    /** What a person typed to register. */
    public record Applicant(String fullName, String email, Language language, String answer) {
    }

    /** Crockford's Base32: no I, L, O or U, so a code read aloud or typed is not mistaken. */
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final Activities activities;
    private final Registrations registrations;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final String publicUrl;
    private final Clock clock;
    private final TrainingPagesFamily pages;

    TrainingDesk(Activities activities, Registrations registrations, Mailer mailer, MessageSource messages, AuditLog audit,
                 @Value("${turath.public-url}") String publicUrl, Optional<Clock> clock, TrainingPagesFamily pages) {
        this.pages = pages;
        this.activities = activities;
        this.registrations = registrations;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- the public side

    @Transactional(readOnly = true)
    public Slice<Activity> upcoming(Optional<String> cursor, int limit) {
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.START);
        List<Activity> rows = activities.upcoming(now(), after.time(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, a -> new KeysetCursor.At(a.startsAt(), a.id().value()).encode());
    }

    /** Published activities under way at some time from {@code from} until before {@code to}, at most {@code max}. */
    @Transactional(readOnly = true)
    public List<Activity> between(Instant from, Instant to, int max) {
        return activities.between(from, to, Limit.of(max));
    }

    @Transactional(readOnly = true)
    public Activity publicActivity(ActivityId id) {
        return activities.findById(id.value()).filter(Activity::published).orElseThrow(() -> new NotFoundException("activity"));
    }

    @Transactional(readOnly = true)
    public Seats seats(Activity activity) {
        return new Seats(activity.capacity(), registrations.countByActivityIdAndStatus(activity.id().value(), RegistrationStatus.CONFIRMED),
                registrations.countByActivityIdAndStatus(activity.id().value(), RegistrationStatus.WAITLISTED),
                registrations.countByActivityIdAndStatus(activity.id().value(), RegistrationStatus.PENDING));
    }

    /**
     * Registers {@code applicant}: a seat when one is left (or a place in the queue for approval when
     * the activity requires it), else a place on the waitlist. Mails the person their link.
     */
    public Registered register(ActivityId activityId, Applicant applicant) {
        // kept public pages are forgotten only if this commits
        pages.changed();
        Activity activity = activities.lockById(activityId.value()).filter(Activity::published)
                .orElseThrow(() -> new NotFoundException("activity"));
        Instant now = now();
        if (!activity.registrationOpen(now)) {
            throw new Refusal("learning", "closed", LocalizedDates.format(activity.registrationClosesAt(), applicant.language()));
        }
        Optional<Registration> earlier = registrations.findByActivityIdAndEmailKey(activityId.value(), Registration.key(applicant.email()));
        if (earlier.isPresent() && (earlier.get().status().active() || earlier.get().status() == RegistrationStatus.DECLINED)) {
            // registered (or declined) before: nothing changes, and whoever typed the address is told nothing more than
            // a newcomer is; the address's owner gets a fresh link to their registration's page by mail
            String secret = SecretTokens.newSecret();
            Registration registration = earlier.get();
            registration.newLink(SecretTokens.hash(secret), now);
            mail(registration, activity, "again", secret);
            return new Registered(registration, secret);
        }
        RegistrationStatus status = activity.requiresApproval() ? RegistrationStatus.PENDING
                : registrations.countByActivityIdAndStatus(activityId.value(), RegistrationStatus.CONFIRMED) < activity.capacity()
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        String secret = SecretTokens.newSecret();
        Registration registration;
        if (earlier.isPresent()) {
            registration = earlier.get();
            registration.renew(applicant.fullName(), applicant.email(), applicant.language(), applicant.answer(), status,
                    activity.takeNumber(), SecretTokens.hash(secret), now);
        } else {
            registration = registrations.save(new Registration(activityId.value(), applicant.fullName(), applicant.email(),
                    applicant.language(), applicant.answer(), status, activity.takeNumber(), SecretTokens.hash(secret), now));
        }
        mail(registration, activity, "registered." + status.name().toLowerCase(java.util.Locale.ROOT), secret);
        return new Registered(registration, secret);
    }

    /** The registration behind a personal link. */
    @Transactional(readOnly = true)
    public Registration registration(String secret) {
        if (secret == null || secret.length() > 100) {
            throw new NotFoundException("registration");
        }
        return registrations.findByTokenHash(SecretTokens.hash(secret)).orElseThrow(() -> new NotFoundException("registration"));
    }

    @Transactional(readOnly = true)
    public Activity activityOf(Registration registration) {
        return activities.findById(registration.activityId().value()).orElseThrow(() -> new NotFoundException("activity"));
    }

    @Transactional(readOnly = true)
    public long waitingAhead(Registration registration) {
        return registration.status() == RegistrationStatus.WAITLISTED
                ? registrations.waitingAhead(registration.activityId().value(), registration.queueNumber()) : 0;
    }

    /** The person behind {@code secret} cancels; a seat they held goes to the first waiting, who is told by e-mail. */
    public Registration cancel(String secret) {
        // kept public pages are forgotten only if this commits
        pages.changed();
        Registration found = registration(secret);
        Activity activity = activities.lockById(found.activityId().value()).orElseThrow(() -> new NotFoundException("activity"));
        Registration registration = registrations.findById(found.id().value()).orElseThrow();
        if (!registration.status().active()) {
            return registration;
        }
        if (activity.over(now())) {
            throw new Refusal("learning", "over");
        }
        boolean heldSeat = registration.status() == RegistrationStatus.CONFIRMED;
        registration.moveTo(RegistrationStatus.CANCELLED, now());
        mail(registration, activity, "cancelled", null);
        if (heldSeat) {
            fillSeats(activity);
        }
        return registration;
    }

    /** Gives free seats to the first waiting, in the order of the queue; tells each by e-mail. */
    private void fillSeats(Activity activity) {
        long free = activity.capacity() - registrations.countByActivityIdAndStatus(activity.id().value(), RegistrationStatus.CONFIRMED);
        while (free > 0) {
            Optional<Registration> next = registrations.findFirstByActivityIdAndStatusOrderByQueueNumber(activity.id().value(),
                    RegistrationStatus.WAITLISTED);
            if (next.isEmpty()) {
                return;
            }
            next.get().moveTo(RegistrationStatus.CONFIRMED, now());
            registrations.flush();
            mail(next.get(), activity, "promoted", null);
            free--;
        }
    }

    /** The certificate with {@code code}, if there is one: typed codes are forgiving of case, spaces and look-alike letters. */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String code) {
        return normalized(code).flatMap(registrations::findByCertificateCode).filter(Registration::hasCertificate)
                .flatMap(r -> activities.findById(r.activityId().value()).map(a -> new Certificate(r.certificateCode(), r.fullName(), a)));
    }

    static Optional<String> normalized(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        String plain = code.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != 12 || !plain.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
    }

    public String verificationUrl(String code, Language language) {
        return publicUrl + "/" + language.tag() + "/certificates/" + code;
    }

    public String trainingsUrl(Language language) {
        return publicUrl + "/" + language.tag() + "/trainings";
    }

    public String registrationUrl(String secret, Language language) {
        return publicUrl + "/" + language.tag() + "/trainings/registration?token=" + secret;
    }

    // ---- the back office

    @Transactional(readOnly = true)
    public Slice<Activity> all(Actor actor, Optional<String> cursor, int limit) {
        requireManager(actor, null);
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<Activity> rows = activities.latestFirst(before.time(), before.id(), Limit.of(limit + 1));
        if (!actor.hasAny(Role.ADMIN, Role.SECRETARIAT)) {
            rows = rows.stream().filter(a -> a.hasTrainer(actor.email())).toList();
        }
        return Slice.of(rows, limit, a -> new KeysetCursor.At(a.startsAt(), a.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public Activity activity(Actor actor, ActivityId id) {
        Activity activity = activities.findById(id.value()).orElseThrow(() -> new NotFoundException("activity"));
        requireManager(actor, activity);
        return activity;
    }

    public Activity create(Actor actor, ActivityContent content) {
        // kept public pages are forgotten only if this commits
        pages.changed();
        requireEditor(actor);
        Activity activity = activities.save(new Activity(content, actor.email(), now()));
        pages.heritageChanged(content.related());
        audit.recordBy(actor.email(), AuditType.TRAINING, activity.id().toString(), "created");
        return activity;
    }

    /** Saves {@code content} over the activity if nobody saved it since {@code version}; a larger capacity seats the first waiting. */
    public Activity update(Actor actor, ActivityId id, long version, ActivityContent content) {
        // kept public pages are forgotten only if this commits
        pages.changed();
        requireEditor(actor);
        Activity activity = activities.lockById(id.value()).orElseThrow(() -> new NotFoundException("activity"));
        if (activity.version() != version) {
            throw new Refusal("learning", "stale");
        }
        long confirmed = registrations.countByActivityIdAndStatus(id.value(), RegistrationStatus.CONFIRMED);
        if (content.capacity() < confirmed) {
            throw new Refusal("learning", "capacity-below-confirmed", confirmed);
        }
        // the items it was about and those it is about now show it, or no longer
        pages.heritageChanged(activity.related());
        pages.heritageChanged(content.related());
        activity.apply(content, clock.instant());
        fillSeats(activity);
        audit.recordBy(actor.email(), AuditType.TRAINING, id.toString(), "updated");
        return activity;
    }

    @Transactional(readOnly = true)
    public Slice<Registration> registrations(Actor actor, ActivityId activityId, Optional<String> cursor, int limit) {
        activity(actor, activityId);
        long after = cursor.map(c -> Long.parseLong(KeysetCursor.decode(c, 1).value(0))).orElse(0L);
        return Slice.of(registrations.page(activityId.value(), after, Limit.of(limit + 1)), limit,
                r -> KeysetCursor.of(String.valueOf(r.queueNumber())).encode());
    }

    /** The secretariat approves a pending registration (a seat, or the waitlist when none is left) or declines it. */
    public Registration decide(Actor actor, RegistrationId registrationId, boolean approve) {
        // kept public pages are forgotten only if this commits
        pages.changed();
        requireEditor(actor);
        Registration found = registrations.findById(registrationId.value()).orElseThrow(() -> new NotFoundException("registration"));
        Activity activity = activities.lockById(found.activityId().value()).orElseThrow();
        Registration registration = registrations.findById(registrationId.value()).orElseThrow();
        if (registration.status() != RegistrationStatus.PENDING) {
            throw new Refusal("learning", "not-pending");
        }
        RegistrationStatus next = !approve ? RegistrationStatus.DECLINED
                : registrations.countByActivityIdAndStatus(activity.id().value(), RegistrationStatus.CONFIRMED) < activity.capacity()
                ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        registration.moveTo(next, now());
        mail(registration, activity, "decided." + next.name().toLowerCase(java.util.Locale.ROOT), null);
        audit.recordBy(actor.email(), AuditType.TRAINING, activity.id().toString(), "registration " + registrationId + " " + next);
        return registration;
    }

    /**
     * The trainer (or the secretariat) marks who attended, once the activity has begun: each person
     * marked present for the first time gets a certificate code and an e-mail with its link.
     */
    public int markAttendance(Actor actor, ActivityId activityId, Set<RegistrationId> present, Set<RegistrationId> shown) {
        Activity activity = activities.lockById(activityId.value()).orElseThrow(() -> new NotFoundException("activity"));
        requireManager(actor, activity);
        if (now().isBefore(activity.startsAt())) {
            throw new Refusal("learning", "attendance-early");
        }
        int certified = 0;
        for (Registration registration : registrations.findAllById(shown.stream().map(RegistrationId::value).toList())) {
            if (!registration.activityId().equals(activityId) || registration.status() != RegistrationStatus.CONFIRMED) {
                continue;
            }
            boolean was = registration.hasCertificate();
            registration.markAttended(present.contains(registration.id()), registration.certificateCode() == null ? uniqueCode() : null,
                    now());
            if (!was && registration.hasCertificate()) {
                certified++;
                mail(registration, activity, "certificate", null);
            }
        }
        audit.recordBy(actor.email(), AuditType.TRAINING, activityId.toString(), "attendance: " + present.size() + " present");
        return certified;
    }

    private String uniqueCode() {
        while (true) {
            String drawn = SecretTokens.code(CODE_ALPHABET, 12);
            String code = drawn.substring(0, 4) + "-" + drawn.substring(4, 8) + "-" + drawn.substring(8);
            if (registrations.findByCertificateCode(code).isEmpty()) {
                return code;
            }
        }
    }

    private static void requireEditor(Actor actor) {
        if (!actor.hasAny(Role.ADMIN, Role.SECRETARIAT)) {
            throw new NotAllowedException();
        }
    }

    /** The secretariat manages every activity; a trainer those that name them. */
    private static void requireManager(Actor actor, Activity activity) {
        if (actor.hasAny(Role.ADMIN, Role.SECRETARIAT)) {
            return;
        }
        if (actor.hasAny(Role.TRAINER) && (activity == null || activity.hasTrainer(actor.email()))) {
            return;
        }
        if (activity != null) {
            throw new NotFoundException("activity");
        }
        throw new NotAllowedException();
    }

    // ---- mail, in the person's language

    private void mail(Registration registration, Activity activity, String event, String secret) {
        Language language = registration.language();
        String title = activity.title().resolve(language).map(l -> l.text()).orElse("");
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language.locale())
                .withZone(activity.timeZone()).format(activity.startsAt()) + " (" + activity.timeZone().getId() + ")";
        List<String> lines = new ArrayList<>();
        lines.add(text("learning.mail.greeting", language, registration.fullName()));
        lines.add("");
        lines.add(text("learning.mail." + event + ".body", language, title, when));
        if (registration.status() == RegistrationStatus.CONFIRMED && activity.mode().online() && activity.videoLink() != null
                && !event.equals("cancelled")) {
            lines.add("");
            lines.add(text("learning.mail.video", language, activity.videoLink()));
        }
        if (event.equals("certificate")) {
            lines.add("");
            lines.add(text("learning.mail.certificate.code", language, registration.certificateCode(),
                    verificationUrl(registration.certificateCode(), language)));
        }
        if (secret != null) {
            lines.add("");
            lines.add(text("learning.mail.link", language, registrationUrl(secret, language)));
        } else if (!event.equals("cancelled")) {
            lines.add("");
            lines.add(text("learning.mail.link-kept", language));
        }
        lines.add("");
        lines.add(text("learning.mail.signature", language));
        mailer.queue(registration.email(), text("learning.mail." + event + ".subject", language, title), String.join("\n", lines));
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
