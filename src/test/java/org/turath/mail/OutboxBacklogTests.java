package org.turath.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that was down leaves a backlog in the outbox. When it is back, one run of the retry schedule takes
 * the whole backlog and the mail queued after it, not one batch of the oldest while today's mail waits behind.
 */
@IntegrationTest
class OutboxBacklogTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneRunSendsABacklogOfThreeBatchesAndTheMailQueuedAfterIt() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(60));
        List<String> recipients = IntStream.range(0, 160).mapToObj(i -> "backlog." + run + "." + i + "@example.org").toList();
        for (String recipient : recipients) {
            // as a failed first attempt leaves it: tried once, due again
            jdbc.update("insert into mail_outbox (recipient, subject, body_text, created_at, next_attempt_at, attempts, last_error)"
                    + " values (?, ?, ?, ?, ?, 1, 'Connection refused')", recipient, "Backlog", "Sent when the server is back.", due, due);
        }

        mailer.sendDue();

        // the application's own retry schedule runs beside this call and may have taken part of the backlog: what
        // matters is that after one run none of it is still waiting, and that every mail then arrives exactly once
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient like ? and next_attempt_at <= now()",
                Long.class, "backlog." + run + ".%")).as("backlog still due after one run").isZero();
        List<String> received = receivedWithin(run, recipients.size(), Duration.ofSeconds(20));
        assertThat(received).containsExactlyInAnyOrderElementsOf(recipients);
        // a mail is marked sent when its transaction commits, a moment after the server took it
        long sentOnSecondAttempt = 0;
        for (Instant until = Instant.now().plusSeconds(10); sentOnSecondAttempt < 160 && Instant.now().isBefore(until); Thread.sleep(50)) {
            sentOnSecondAttempt = jdbc.queryForObject("select count(*) from mail_outbox where recipient like ? and sent_at is not null"
                    + " and attempts = 2", Long.class, "backlog." + run + ".%");
        }
        assertThat(sentOnSecondAttempt).isEqualTo(160);
    }

    /** What GreenMail has received for this run, once it holds {@code expected} mails or {@code patience} is spent. */
    private static List<String> receivedWithin(String run, int expected, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        List<String> received;
        do {
            received = Arrays.stream(mail.getReceivedMessages()).map(Mailbox::recipient).filter(r -> r.contains("." + run + ".")).toList();
            if (received.size() >= expected) {
                return received;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(until));
        return received;
    }
}
