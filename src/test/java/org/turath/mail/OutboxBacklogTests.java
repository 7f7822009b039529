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
    void oneRunSendsABacklogOfThreeBatchesAndTheMailQueuedAfterIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(60));
        List<String> recipients = IntStream.range(0, 160).mapToObj(i -> "backlog." + run + "." + i + "@example.org").toList();
        for (String recipient : recipients) {
            // as a failed first attempt leaves it: tried once, due again
            jdbc.update("insert into mail_outbox (recipient, subject, body_text, created_at, next_attempt_at, attempts, last_error)"
                    + " values (?, ?, ?, ?, ?, 1, 'Connection refused')", recipient, "Backlog", "Sent when the server is back.", due, due);
        }

        mailer.sendDue();

        List<String> received = Arrays.stream(mail.getReceivedMessages()).map(Mailbox::recipient)
                .filter(r -> r.contains("." + run + ".")).toList();
        assertThat(received).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient like ? and sent_at is not null and attempts = 2",
                Long.class, "backlog." + run + ".%")).isEqualTo(160);
    }
}
