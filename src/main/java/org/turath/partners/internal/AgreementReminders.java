package org.turath.partners.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AccountView;
import org.turath.accounts.AccountsApi;
import org.turath.mail.Mailer;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.Agreements;
import org.turath.shared.Language;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every hour, on one node only: agreements renewed tacitly go on for another term once theirs ends, and the person
 * who keeps an agreement is reminded by mail 90 days and 30 days before its term ends — each reminder once per term,
 * which the agreement itself remembers (so a second node, or a second run, sends nothing more).
 */
@Component
@Transactional
public class AgreementReminders {

    private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);
    private static final int BATCH = 200;

    private final Agreements agreements;
    private final Mailer mailer;
    private final AccountsApi accounts;
    private final MessageSource messages;
    private final PartnerPageStamps pages;
    private final String publicUrl;
    private final Clock clock;

    AgreementReminders(Agreements agreements, Mailer mailer, AccountsApi accounts, MessageSource messages, PartnerPageStamps pages,
                       @Value("${turath.public-url}") String publicUrl, Optional<Clock> clock) {
        this.agreements = agreements;
        this.mailer = mailer;
        this.accounts = accounts;
        this.messages = messages;
        this.pages = pages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${turath.partners.reminders-cron:0 23 * * * *}")
    @SchedulerLock(name = "agreement-reminders", lockAtLeastFor = "PT30S", lockAtMostFor = "PT15M")
    public void run() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Agreement reminders queued: {}", sent);
        }
    }

    /** Renews what renews itself, then queues the reminders due today; returns how many reminders were queued. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<Agreement> due;
        do {
            due = agreements.tacitlyDue(today, Limit.of(BATCH));
            due.forEach(agreement -> agreement.renewTacitly(today, clock.instant()));
            if (!due.isEmpty()) {
                pages.forget();
            }
            agreements.flush();
        } while (due.size() == BATCH);
        int sent = 0;
        LocalDate afterDay = today.minusDays(1);
        UUID afterId = new UUID(-1L, -1L);
        List<Agreement> ending;
        do {
            ending = agreements.ending(afterDay, afterId, today.plusDays(90), Limit.of(BATCH));
            for (Agreement agreement : ending) {
                Optional<Integer> days = agreement.reminderDue(today);
                if (days.isPresent()) {
                    remind(agreement, days.get());
                    agreement.reminded(days.get());
                    sent++;
                }
                afterDay = agreement.endsOn();
                afterId = agreement.id().value();
            }
            agreements.flush();
        } while (ending.size() == BATCH);
        return sent;
    }

    private void remind(Agreement agreement, int days) {
        Language language = accounts.find(agreement.keeper()).map(AccountView::language).orElse(Language.AR);
        String title = agreement.title().resolve(language).map(t -> t.text()).orElse("—");
        String ends = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(agreement.endsOn());
        String next = text("partners.mail.renewal." + agreement.renewal().name(), language);
        String link = publicUrl + "/" + language.tag() + "/admin/agreements/" + agreement.id();
        mailer.queue(agreement.keeper(), text("partners.mail.reminder.subject", language, title, days),
                text("partners.mail.reminder.body", language, title, ends, days, next, link));
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
