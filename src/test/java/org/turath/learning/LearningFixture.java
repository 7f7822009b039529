package org.turath.learning;

import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.learning.domain.ActivityContent;
import org.turath.learning.internal.TrainingDesk;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Activities as the secretariat creates them, for tests. */
public final class LearningFixture {

    public static final Actor SECRETARIAT = new Actor("secretariat.learning@example.org", Set.of(Role.SECRETARIAT), Set.of());

    private LearningFixture() {
    }

    /** A published workshop in Rabat with {@code seats}, starting in {@code startsIn} and lasting two days; registration closes in {@code closesIn}. */
    public static ActivityContent workshop(String englishTitle, int seats, Duration startsIn, Duration closesIn, boolean approval) {
        Instant now = Instant.now();
        Instant starts = now.plus(startsIn).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return new ActivityContent(ActivityFormat.WORKSHOP, ActivityMode.HYBRID,
                new LocalizedText("ورشة " + englishTitle, englishTitle, "Atelier " + englishTitle),
                new org.turath.shared.RichText("<p>حماية التراث في الأزمات</p>", "<p>Protecting heritage in crises.</p>", "<p>Protéger le patrimoine en temps de crise.</p>"),
                LocalizedText.empty(), new LocalizedText("الرباط", "Rabat", "Rabat"), 34.02, -6.84,
                EnumSet.of(Language.AR, Language.FR), EnumSet.of(Audience.SITE_MANAGERS, Audience.PRACTITIONERS),
                "risk,documentation", "Amina Idrissi", Set.of("trainer.learning@example.org"), null,
                "https://video.example.org/room-" + UUID.randomUUID(), null,
                starts, starts.plus(Duration.ofDays(2)), ZoneId.of("Africa/Casablanca"), now.plus(closesIn), seats, approval, true);
    }

    public static org.turath.learning.ActivityId create(TrainingDesk desk, ActivityContent content) {
        return desk.create(SECRETARIAT, content).id();
    }

    public static TrainingDesk.Applicant applicant(String name, Language language) {
        return new TrainingDesk.Applicant(name, "p." + UUID.randomUUID() + "@example.org", language, null);
    }
}
