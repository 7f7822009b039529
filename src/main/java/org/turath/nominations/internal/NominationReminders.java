package org.turath.nominations.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, on one node only: reminders of the submission deadline to the states and of due dates
 * to the experts. Sending twice is prevented twice over: the lock, and what each file remembers.
 */
@Component
public class NominationReminders {

    private static final Logger log = LoggerFactory.getLogger(NominationReminders.class);

    private final NominationDesk desk;

    NominationReminders(NominationDesk desk) {
        this.desk = desk;
    }

    @Scheduled(cron = "${turath.nominations.reminders-cron:0 17 * * * *}")
    @SchedulerLock(name = "nomination-reminders", lockAtLeastFor = "PT30S", lockAtMostFor = "PT15M")
    public void run() {
        int sent = desk.sendReminders();
        if (sent > 0) {
            log.info("Nomination reminders queued: {}", sent);
        }
    }
}
