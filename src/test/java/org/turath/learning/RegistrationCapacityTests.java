package org.turath.learning;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.turath.learning.internal.TrainingDesk;
import org.turath.shared.Language;
import org.turath.support.IntegrationTest;
import org.turath.support.Mailbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Seats are never given twice: concurrent registrations, the waitlist, and a freed seat going to exactly one person. */
@IntegrationTest
class RegistrationCapacityTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TrainingDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyConcurrentRegistrationsForTenSeatsGiveTenSeatsAndFortyOnTheWaitlistAndACancellationPromotesExactlyOne() throws Exception {
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Fifty for ten", 10, Duration.ofDays(20), Duration.ofDays(10), false));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TrainingDesk.Registered>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                TrainingDesk.Applicant applicant = LearningFixture.applicant("Participant " + i, i % 2 == 0 ? Language.FR : Language.AR);
                Callable<TrainingDesk.Registered> register = () -> {
                    start.await();
                    return desk.register(activity, applicant);
                };
                results.add(pool.submit(register));
            }
            start.countDown();
            List<TrainingDesk.Registered> registered = new ArrayList<>();
            for (Future<TrainingDesk.Registered> result : results) {
                registered.add(result.get());
            }
            Map<RegistrationStatus, Long> counts = registered.stream()
                    .collect(Collectors.groupingBy(r -> r.registration().status(), Collectors.counting()));
            assertThat(counts).containsEntry(RegistrationStatus.CONFIRMED, 10L).containsEntry(RegistrationStatus.WAITLISTED, 40L);
            assertThat(statuses(activity)).containsEntry("CONFIRMED", 10L).containsEntry("WAITLISTED", 40L);
            // the queue has no gap and no number twice
            assertThat(jdbc.queryForList("select queue_number from learning_registration where activity_id = ? order by queue_number",
                    Long.class, activity.value())).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList());

            TrainingDesk.Registered seated = registered.stream().filter(r -> r.registration().status() == RegistrationStatus.CONFIRMED)
                    .findFirst().orElseThrow();
            String firstWaiting = jdbc.queryForObject("""
                    select email from learning_registration where activity_id = ? and status = 'WAITLISTED'
                    order by queue_number limit 1""", String.class, activity.value());
            desk.cancel(seated.secret());

            assertThat(statuses(activity)).containsEntry("CONFIRMED", 10L).containsEntry("WAITLISTED", 39L).containsEntry("CANCELLED", 1L);
            assertThat(jdbc.queryForObject("select status from learning_registration where email = ?", String.class, firstWaiting))
                    .isEqualTo("CONFIRMED");
            MimeMessage promoted = Mailbox.await(mail, firstWaiting,
                    subject -> subject.startsWith("A seat") || subject.startsWith("Une place") || subject.startsWith("لك مقعد"));
            assertThat(String.valueOf(promoted.getContent())).contains("video.example.org");
            // cancelling twice changes nothing more
            desk.cancel(seated.secret());
            assertThat(statuses(activity)).containsEntry("CONFIRMED", 10L).containsEntry("WAITLISTED", 39L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registrationNeedingApprovalWaitsForTheSecretariatAndAnApprovedPersonGetsTheSeat() {
        org.turath.learning.ActivityId activity = LearningFixture.create(desk, LearningFixture.workshop("Approval", 1, Duration.ofDays(20), Duration.ofDays(10), true));
        TrainingDesk.Registered first = desk.register(activity, LearningFixture.applicant("First", Language.EN));
        TrainingDesk.Registered second = desk.register(activity, LearningFixture.applicant("Second", Language.EN));
        assertThat(first.registration().status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(desk.decide(LearningFixture.SECRETARIAT, second.registration().id(), true).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(desk.decide(LearningFixture.SECRETARIAT, first.registration().id(), true).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(desk.registration(second.secret()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    private Map<String, Long> statuses(org.turath.learning.ActivityId activity) {
        return jdbc.queryForList("select status, count(*) as n from learning_registration where activity_id = ? group by status", activity.value())
                .stream().collect(Collectors.toMap(row -> (String) row.get("status"), row -> ((Number) row.get("n")).longValue()));
    }
}
