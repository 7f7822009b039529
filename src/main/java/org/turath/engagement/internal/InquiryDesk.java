package org.turath.engagement.internal;

import org.turath.engagement.InquiryId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.engagement.InquiryStatus;
import org.turath.engagement.InquiryTopic;
import org.turath.engagement.domain.Inquiries;
import org.turath.engagement.domain.Inquiry;
import org.turath.engagement.domain.InquiryReplies;
import org.turath.engagement.domain.InquiryReply;
import org.turath.shared.ConflictException;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;
import org.turath.mail.Mailer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Ask us": questions from the public land in the secretariat's inbox (new, assigned, answered,
 * closed); a reply goes out by e-mail framed in the asker's language; a question waiting longer than
 * {@code turath.inquiries.answer-within} is overdue.
 */
@Service
@Transactional
public class InquiryDesk {

    /** What the inbox shows: everything open, only the overdue, or one status. */
    public enum View { OPEN, OVERDUE, NEW, ASSIGNED, ANSWERED, CLOSED }

    private final Inquiries inquiries;
    private final InquiryReplies replies;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Duration answerWithin;
    private final Clock clock;

    InquiryDesk(Inquiries inquiries, InquiryReplies replies, Mailer mailer, MessageSource messages, AuditLog audit,
                @Value("${turath.inquiries.answer-within:P5D}") Duration answerWithin, Optional<Clock> clock) {
        this.inquiries = inquiries;
        this.replies = replies;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.answerWithin = answerWithin;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Duration answerWithin() {
        return answerWithin;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Keeps a question and acknowledges it to the asker, in their language, with its reference. */
    public Inquiry receive(InquiryTopic topic, Language language, String name, String email, String message) {
        Inquiry inquiry = inquiries.save(new Inquiry(topic, language, name, email, message, clock.instant()));
        String topicName = text("engagement.topic." + topic.name(), language);
        mailer.queue(email, text("engagement.mail.received.subject", language, inquiry.reference()),
                String.join("\n", greeting(inquiry), "",
                        text("engagement.mail.received.body", language, topicName, answerWithin.toDays()), "",
                        quote(message), "", text("engagement.mail.signature", language)));
        return inquiry;
    }

    @Transactional(readOnly = true)
    public Slice<Inquiry> inbox(Actor actor, View view, Optional<String> cursor, int limit) {
        FeedbackDesk.requireSecretariat(actor);
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.START);
        List<Inquiry> rows = inquiries.inbox(statuses(view), receivedBefore(view), after.time(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, i -> new KeysetCursor.At(i.receivedAt(), i.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, View view) {
        FeedbackDesk.requireSecretariat(actor);
        return inquiries.countByStatusInAndReceivedAtBefore(statuses(view), receivedBefore(view));
    }

    private static Set<InquiryStatus> statuses(View view) {
        return switch (view) {
            case OPEN, OVERDUE -> EnumSet.of(InquiryStatus.NEW, InquiryStatus.ASSIGNED);
            default -> EnumSet.of(InquiryStatus.valueOf(view.name()));
        };
    }

    private Instant receivedBefore(View view) {
        return view == View.OVERDUE ? clock.instant().minus(answerWithin) : Instant.parse("9999-12-31T00:00:00Z");
    }

    public boolean overdue(Inquiry inquiry) {
        return inquiry.overdue(clock.instant(), answerWithin);
    }

    @Transactional(readOnly = true)
    public Inquiry inquiry(Actor actor, InquiryId id) {
        FeedbackDesk.requireSecretariat(actor);
        return inquiries.findById(id.value()).orElseThrow(() -> new NotFoundException("inquiry"));
    }

    @Transactional(readOnly = true)
    public List<InquiryReply> replies(Actor actor, InquiryId id) {
        FeedbackDesk.requireSecretariat(actor);
        return replies.findByInquiryIdOrderBySentAt(id.value(), Limit.of(200));
    }

    public void assign(Actor actor, InquiryId id, long version, String to) {
        Inquiry inquiry = current(actor, id, version);
        inquiry.assign(to);
        audit.recordBy(actor.email(), AuditType.INQUIRY, inquiry.reference(), "assigned to " + to);
    }

    /** Sends {@code body} to the asker, framed in their language, and marks the question answered. */
    public void reply(Actor actor, InquiryId id, long version, String body) {
        Inquiry inquiry = current(actor, id, version);
        if (inquiry.status() == InquiryStatus.CLOSED) {
            throw new ConflictException("inquiry-closed", "The inquiry is closed");
        }
        replies.save(new InquiryReply(id.value(), actor.email(), body, clock.instant()));
        if (inquiry.assignee() == null) {
            inquiry.assign(actor.email());
        }
        inquiry.answered(clock.instant());
        Language language = inquiry.language();
        mailer.queue(inquiry.email(), text("engagement.mail.reply.subject", language, inquiry.reference()),
                String.join("\n", greeting(inquiry), "", body, "", "—", text("engagement.mail.reply.your-question", language), "",
                        quote(inquiry.message()), "", text("engagement.mail.signature", language)));
        audit.recordBy(actor.email(), AuditType.INQUIRY, inquiry.reference(), "answered");
    }

    public void close(Actor actor, InquiryId id, long version) {
        Inquiry inquiry = current(actor, id, version);
        inquiry.close(clock.instant());
        audit.recordBy(actor.email(), AuditType.INQUIRY, inquiry.reference(), "closed");
    }

    public void reopen(Actor actor, InquiryId id, long version) {
        Inquiry inquiry = current(actor, id, version);
        inquiry.reopen();
        audit.recordBy(actor.email(), AuditType.INQUIRY, inquiry.reference(), "reopened");
    }

    /** The inquiry, if nobody changed it since the page showing {@code version} was drawn. */
    private Inquiry current(Actor actor, InquiryId id, long version) {
        Inquiry inquiry = inquiry(actor, id);
        if (inquiry.version() != version) {
            throw new ConflictException("stale-inquiry", "Someone else changed the inquiry");
        }
        return inquiry;
    }

    private String greeting(Inquiry inquiry) {
        return inquiry.askerName() == null ? text("engagement.mail.greeting-anonymous", inquiry.language())
                : text("engagement.mail.greeting", inquiry.language(), inquiry.askerName());
    }

    private static String quote(String text) {
        return "> " + String.join("\n> ", text.lines().toList());
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
