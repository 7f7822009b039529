package org.turath.nominations;

import org.turath.nominations.NominationFileId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.accounts.AccountsApi;
import org.turath.nominations.internal.NominationDesk;
import org.turath.nominations.internal.NominationReminders;
import org.turath.support.IntegrationTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders of deadlines and due dates: sent when due, once, and by one node only. */
@IntegrationTest
class ReminderTests {

    @Autowired
    NominationDesk desk;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.turath.nominations.NominationFixture> fixtures;

    @Autowired
    NominationReminders reminders;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    NominationFixture people;

    @BeforeEach
    void setUp() {
        people = fixtures.getObject();
    }

    @Test
    void twoNodesRunningTheReminderJobAtOnceSendOneReminder() throws Exception {
        NominationFileId id = people.fileIn(NominationStatus.UNDER_EVALUATION, null);
        jdbc.update("update nomination_evaluation set due_on = ? where file_id = ?", LocalDate.now().plusDays(3), id.value());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    reminders.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(mails(people.evaluator.email(), "%due by%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'nomination-reminders'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anOverdueEvaluationIsRemindedOnceMoreAndThenNoMore() {
        NominationFileId id = people.fileIn(NominationStatus.UNDER_EVALUATION, null);
        jdbc.update("update nomination_evaluation set due_on = ? where file_id = ?", LocalDate.now().plusDays(2), id.value());
        people.reminders.sendReminders(LocalDate.now());
        // days later, the due date has passed
        jdbc.update("update nomination_evaluation set due_on = ?, reminded_at = reminded_at - interval '5' day where file_id = ?",
                LocalDate.now().minusDays(1), id.value());
        people.reminders.sendReminders(LocalDate.now());
        people.reminders.sendReminders(LocalDate.now());

        assertThat(mails(people.evaluator.email(), "%due by%")).isEqualTo(1);
        assertThat(mails(people.evaluator.email(), "%overdue since%")).isEqualTo(1);
    }

    @Test
    void statesAreRemindedOfTheSubmissionDeadlineOncePerCycle() {
        NominationFileId id = people.completeDraft("Ksar of Reminders " + UUID.randomUUID());
        int year = jdbc.queryForObject("select cycle_year from nomination_file where id = ?", Integer.class, id.value());
        LocalDate due = desk.cycle().filesDue(year);

        people.reminders.sendReminders(due.minusDays(30));
        assertThat(mails(people.focalMorocco.email(), "%submission due by " + due + "%")).isZero();
        people.reminders.sendReminders(due.minusDays(10));
        people.reminders.sendReminders(due.minusDays(9));
        assertThat(mails(people.focalMorocco.email(), "%submission due by " + due + "%")).isEqualTo(1);
    }

    private int mails(String to, String subject) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?", Integer.class, to, subject);
    }
}
