package org.turath.learning.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.learning.ActivityFormat;
import org.turath.learning.ActivityMode;
import org.turath.learning.Audience;
import org.turath.learning.domain.Activities;
import org.turath.learning.domain.ActivityContent;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** The demo's trainings (profile {@code demo}, on a first start): a webinar, a workshop in Rabat, a course in Cairo. */
@Component
@Profile("demo")
@Order(40)
class DemoActivities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);
    private static final Actor DEMO = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());

    private final TrainingDesk desk;
    private final Activities activities;

    DemoActivities(TrainingDesk desk, Activities activities) {
        this.desk = desk;
        this.activities = activities;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || activities.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        desk.create(DEMO, content(ActivityFormat.WEBINAR, ActivityMode.ONLINE,
                new LocalizedText("حماية التراث الثقافي في أوقات النزاعات المسلحة", "Protecting cultural heritage in armed conflict",
                        "Protéger le patrimoine culturel en temps de conflit armé"),
                LocalizedText.empty(), null, null, today.plusDays(12), 0, "Asia/Riyadh", 100, EnumSet.of(Audience.PRACTITIONERS,
                        Audience.POLICY_MAKERS), "Dr. Salma Haddad"));
        desk.create(DEMO, content(ActivityFormat.WORKSHOP, ActivityMode.HYBRID,
                new LocalizedText("ورشة توثيق المباني التاريخية بالمسح التصويري", "Documenting historic buildings with photogrammetry",
                        "Documenter le bâti historique par photogrammétrie"),
                new LocalizedText("الرباط، مقر الإيسيسكو", "Rabat, ICESCO headquarters", "Rabat, siège de l’ICESCO"), 34.0033, -6.8498,
                today.plusDays(25), 2, "Africa/Casablanca", 20, EnumSet.of(Audience.SITE_MANAGERS, Audience.YOUTH), "Youssef Alaoui, Amina Idrissi"));
        desk.create(DEMO, content(ActivityFormat.COURSE, ActivityMode.IN_PERSON,
                new LocalizedText("دورة في إدارة مجموعات المتاحف", "Managing museum collections", "Gérer les collections des musées"),
                new LocalizedText("القاهرة", "Cairo", "Le Caire"), 30.0444, 31.2357,
                today.plusDays(40), 4, "Africa/Cairo", 25, EnumSet.of(Audience.MUSEUM_PROFESSIONALS), "Nour El-Sayed"));
        log.info("Demo trainings created");
    }

    private static ActivityContent content(ActivityFormat format, ActivityMode mode, LocalizedText title, LocalizedText place, Double latitude,
                                           Double longitude, LocalDate day, int extraDays, String zone, int seats, Set<Audience> audiences,
                                           String trainers) {
        ZoneId timeZone = ZoneId.of(zone);
        Instant starts = day.atTime(LocalTime.of(10, 0)).atZone(timeZone).toInstant();
        Instant ends = day.plusDays(extraDays).atTime(LocalTime.of(16, 0)).atZone(timeZone).toInstant();
        return new ActivityContent(format, mode, title,
                new org.turath.shared.RichText("<p>نشاط تجريبي من بيانات العرض.</p>", "<p>A demonstration activity.</p>", "<p>Une activité de démonstration.</p>"),
                LocalizedText.empty(), place, latitude, longitude, EnumSet.of(Language.AR, Language.EN, Language.FR), audiences,
                "world-heritage,education", trainers, Set.of("trainer@demo.turath.invalid"), null,
                mode.online() ? "https://meet.demo.turath.invalid/" + format.name().toLowerCase(java.util.Locale.ROOT) : null, null,
                starts, ends, timeZone, starts.minus(Duration.ofDays(2)), seats, format == ActivityFormat.COURSE, true);
    }
}
