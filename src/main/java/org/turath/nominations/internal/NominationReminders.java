package org.turath.nominations.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.turath.nominations.domain.Evaluation;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationFiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every hour, on one node only: reminders of the submission deadline to the states and of due dates
 * to the experts. Sending twice is prevented twice over: the lock, and what each file remembers.
 */
@Component
@Transactional
public class NominationReminders {

    private static final Logger log = LoggerFactory.getLogger(NominationReminders.class);

    private final NominationFiles files;
    private final NominationCycle cycle;
    private final NominationMail mail;
    private final NominationClock clock;

    NominationReminders(NominationFiles files, NominationCycle cycle, NominationMail mail, NominationClock clock) {
        this.files = files;
        this.cycle = cycle;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${turath.nominations.reminders-cron:0 17 * * * *}")
    @SchedulerLock(name = "nomination-reminders", lockAtLeastFor = "PT30S", lockAtMostFor = "PT15M")
    public void run() {
        int sent = sendReminders();
        if (sent > 0) {
            log.info("Nomination reminders queued: {}", sent);
        }
    }

    /**
     * Reminds the states of the submission deadline {@code reminderDays} before it (once per file and
     * cycle), and experts of their due date before it and once more when it has passed. Returns how
     * many reminders were queued.
     */
    public int sendReminders() {
        return sendReminders(clock.today());
    }

    /** The reminders as they stand on {@code today}. */
    public int sendReminders(LocalDate today) {
        int sent = 0;
        for (int year : new int[]{today.getYear(), today.getYear() + 1}) {
            LocalDate due = cycle.filesDue(year);
            if (today.isAfter(due) || today.plusDays(cycle.reminderDays()).isBefore(due)) {
                continue;
            }
            List<NominationFile> batch;
            do {
                batch = files.toRemindOfDeadline(year, Limit.of(200));
                for (NominationFile file : batch) {
                    LocalDate fileDue = file.extendedUntil() != null ? file.extendedUntil() : due;
                    mail.tellState(file, "deadline", fileDue.toString());
                    file.remindedOfDeadline(year);
                    sent++;
                }
                files.flush();
            } while (batch.size() == 200);
        }
        Instant now = clock.now();
        for (NominationFile file : files.withEvaluationsDueBy(today.plusDays(cycle.reminderDays()), Limit.of(500))) {
            for (Evaluation evaluation : file.evaluations()) {
                if (evaluation.done() || !evaluation.active() || evaluation.dueOn().isAfter(today.plusDays(cycle.reminderDays()))) {
                    continue;
                }
                boolean overdue = evaluation.dueOn().isBefore(today);
                Instant dueEnd = evaluation.dueOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                boolean remindedSinceDue = evaluation.remindedAt() != null && !evaluation.remindedAt().isBefore(dueEnd);
                if (evaluation.remindedAt() == null || (overdue && !remindedSinceDue)) {
                    mail.tell(evaluation.evaluator(), overdue ? "evaluation-overdue" : "evaluation-due", file,
                            mail.displayName(file, evaluation.evaluator()), evaluation.dueOn().toString());
                    evaluation.reminded(now);
                    sent++;
                }
            }
        }
        return sent;
    }
}
