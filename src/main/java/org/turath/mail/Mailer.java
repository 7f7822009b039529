package org.turath.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the portal's mail through an outbox: {@link #queue} writes it in the caller's
 * transaction; it goes out right after commit and, if the mail server did not take it, again on a
 * backing-off schedule. Without a mail server configured ({@code spring.mail.host}), mail stays in
 * the outbox and is logged, so a demo installation still shows what would have been sent.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final Duration DRAIN_BUDGET = Duration.ofSeconds(20);

    private final OutgoingMails outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final String from;
    private final Clock clock = Clock.systemUTC();
    private final java.util.concurrent.ThreadPoolExecutor sending = new java.util.concurrent.ThreadPoolExecutor(2, 2, 1,
            java.util.concurrent.TimeUnit.MINUTES, new java.util.concurrent.ArrayBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "mail-sender");
                thread.setDaemon(true);
                return thread;
            }, new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());

    Mailer(OutgoingMails outbox, ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactionManager,
           @org.springframework.beans.factory.annotation.Value("${turath.mail.from:no-reply@turath.invalid}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = new TransactionTemplate(transactionManager);
        // also runs right after the caller's commit, when that transaction can take no more work
        this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    /** Queues a plain-text mail; it leaves once the current transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String to, String subject, String body) {
        queue(to, subject, body, null);
    }

    /**
     * Queues a plain-text mail the recipient asked for (they follow something): it carries {@code List-Unsubscribe} with
     * {@code unsubscribeUrl} and {@code List-Unsubscribe-Post} (RFC 8058), so their mail program offers to stop it in one
     * click, which POSTs {@code List-Unsubscribe=One-Click} to that address.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String to, String subject, String body, String unsubscribeUrl) {
        OutgoingMail mail = outbox.save(new OutgoingMail(to, subject, body, unsubscribeUrl, clock.instant()));
        Long id = mail.id();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // not in the committing thread: it still holds its connection, and a burst of requests each wanting
                // a second one would empty the pool; a full queue leaves the mail to the retry schedule
                sending.execute(() -> attempt(id));
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        sending.shutdown();
    }

    /**
     * Sends what is due: mail whose first attempt failed, or that a stopped node left behind. It takes the outbox in
     * batches until nothing is due or {@link #DRAIN_BUDGET} is spent, so a backlog older than today's mail (a mail server
     * that was down for an hour) cannot hold today's mail behind it for more than one run. Every batch moves what it
     * takes out of the due set (sent, backed off, or claimed by another node), so the loop ends.
     */
    @Scheduled(fixedDelayString = "${turath.mail.retry-every:PT30S}", initialDelayString = "PT20S")
    public void sendDue() {
        Instant until = clock.instant().plus(DRAIN_BUDGET);
        List<Long> due = outbox.due(clock.instant(), Limit.of(BATCH));
        while (!due.isEmpty()) {
            due.forEach(this::attempt);
            if (due.size() < BATCH || clock.instant().isAfter(until)) {
                return;
            }
            due = outbox.due(clock.instant(), Limit.of(BATCH));
        }
    }

    /**
     * One attempt at one mail, in three steps so no row lock and no database connection is held while the mail server
     * is talked to: the lease is taken and committed (another node or thread that wants the same mail finds it taken at
     * once instead of waiting for this one's SMTP conversation), the mail is sent, and the outcome is written. A node
     * that stops between the last two steps leaves the lease to run out, and the mail goes again: a mail is sent at
     * least once, and twice only then.
     */
    private void attempt(Long id) {
        Instant now = clock.instant();
        OutgoingMail mail = transactions.execute(status -> outbox.claim(id, now, now.plus(LEASE)) == 0 ? null
                : outbox.findById(id).orElseThrow());
        if (mail == null) {
            return;
        }
        String error = send(mail);
        transactions.executeWithoutResult(status -> {
            OutgoingMail taken = outbox.findById(id).orElseThrow();
            if (error == null) {
                taken.sent(now);
            } else {
                taken.failed(error, now);
            }
        });
    }

    /** Hands the mail to the mail server; the reason it was not sent, or null once the server took it. */
    private String send(OutgoingMail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("No mail server configured; mail to {} kept in the outbox: {}\n{}", mail.recipient(), mail.subject(),
                    mail.body());
            return "no mail server configured";
        }
        try {
            if (mail.unsubscribeUrl() == null) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.recipient());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                mailSender.send(message);
            } else {
                jakarta.mail.internet.MimeMessage message = mailSender.createMimeMessage();
                var helper = new org.springframework.mail.javamail.MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(mail.recipient());
                helper.setSubject(mail.subject());
                helper.setText(mail.body());
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                mailSender.send(message);
            }
            return null;
        } catch (RuntimeException | jakarta.mail.MessagingException e) {
            log.warn("Mail {} to {} not sent: {}", mail.id(), mail.recipient(), e.getMessage());
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
