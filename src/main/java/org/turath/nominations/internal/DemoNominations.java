package org.turath.nominations.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.nominations.CommitteeSessionId;
import org.turath.nominations.NominationFileId;
import org.turath.nominations.NominationKind;
import org.turath.nominations.Outcome;
import org.turath.nominations.domain.Attachment;
import org.turath.nominations.domain.CommitteeSession;
import org.turath.nominations.domain.DossierForm;
import org.turath.shared.LocalizedText;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's nomination cycle (profile {@code demo}, on a first start), driven through the same commands people use, so
 * that "The Committee" and "In figures" are not empty: a session of the Committee held by videoconference this week with
 * its decisions (referred, deferred, not inscribed — no demo file changes the List), and files of Morocco's demo focal
 * point at every earlier stage. Every text says it is a demonstration; the properties named are real places, the files
 * about them are not.
 */
@Component
@Profile("demo")
@Order(50)
class DemoNominations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNominations.class);
    private static final Actor FOCAL = new Actor("focal.ma@demo.turath.invalid", Set.of(Role.FOCAL_POINT), Set.of("MA"));
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());
    private static final Actor EXPERT = new Actor("expert@demo.turath.invalid", Set.of(Role.EVALUATOR), Set.of());
    private static final String MEMBER = "member@demo.turath.invalid";

    private enum Stage { DRAFT, SUBMITTED, UNDER_EVALUATION, SCHEDULED, DECIDED }

    private final NominationDesk desk;
    private final NominationReview review;
    private final CommitteeDesk committee;
    private final DossierDocuments documents;
    private final JdbcTemplate jdbc;

    DemoNominations(NominationDesk desk, NominationReview review, CommitteeDesk committee, DossierDocuments documents,
                    JdbcTemplate jdbc) {
        this.desk = desk;
        this.review = review;
        this.committee = committee;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer files = jdbc.queryForObject("select count(*) from nomination_file", Integer.class);
        Integer demoAccounts = jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, FOCAL.email());
        if (!args.getNonOptionArgs().isEmpty() || files == null || files > 0 || demoAccounts == null || demoAccounts == 0) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CommitteeSessionId session = committee.createSession(SECRETARIAT, today.getYear(), 1, CommitteeSession.Kind.ORDINARY,
                CommitteeSession.Mode.VIDEOCONFERENCE, new LocalizedText("الرباط (عن بُعد)", "Rabat (by videoconference)",
                        "Rabat (par visioconférence)"), "https://meet.demo.turath.invalid/iwhc", today.minusDays(2), today.plusDays(1),
                Set.of(MEMBER));

        file("قصر تمنوكالت", "Ksar of Tamnougalt", "Ksar de Tamnougalt", NominationKind.CULTURAL, 30.69, -6.38, Stage.DRAFT, session, null);
        file("مدينة شفشاون العتيقة", "Old town of Chefchaouen", "Vieille ville de Chefchaouen", NominationKind.CULTURAL, 35.17, -5.27,
                Stage.SUBMITTED, session, null);
        file("غابات الأرز في الأطلس المتوسط", "Cedar forests of the Middle Atlas", "Cédraies du Moyen Atlas", NominationKind.NATURAL,
                33.4, -5.2, Stage.UNDER_EVALUATION, session, null);
        file("قصبة أمريديل", "Kasbah of Amridil", "Kasbah d’Amridil", NominationKind.CULTURAL, 31.05, -6.55, Stage.SCHEDULED, session, null);
        file("واحة فجيج", "Oasis of Figuig", "Oasis de Figuig", NominationKind.MIXED, 32.11, -1.23, Stage.DECIDED, session, Outcome.REFER);
        file("رباط تيط", "Ribat of Tit", "Ribat de Tit", NominationKind.CULTURAL, 33.24, -8.52, Stage.DECIDED, session, Outcome.DEFER);
        log.info("Demo nomination files and a session of the Committee with its decisions created");
    }

    private void file(String arabic, String english, String french, NominationKind kind, double latitude, double longitude,
                      Stage stage, CommitteeSessionId session, Outcome outcome) {
        LocalizedText name = new LocalizedText(arabic, english, french);
        NominationFileId id = desk.create(FOCAL, Optional.empty(), "MA", Set.of(), kind, false, name);
        desk.identify(FOCAL, id, version(id), name, Set.of(), false, latitude, longitude, new BigDecimal("85"), new BigDecimal("240"),
                List.of(), Map.of());
        if (stage == Stage.DRAFT) {
            return;
        }
        for (DossierForm.Section section : DossierForm.sections(kind)) {
            desk.fill(FOCAL, id, version(id), section.key(), demoValues(section, name));
        }
        try {
            documents.attach(FOCAL, id, kind.intangible() ? Attachment.Kind.CONSENT : Attachment.Kind.MAP,
                    new ByteArrayInputStream(map()), "map.png", "Demonstration map", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        desk.submit(FOCAL, id);
        if (stage == Stage.SUBMITTED) {
            return;
        }
        review.accept(SECRETARIAT, id, "Complete (demonstration).");
        review.assign(SECRETARIAT, id, List.of(EXPERT.email()), LocalDate.now(ZoneOffset.UTC).plusDays(30));
        if (stage == Stage.UNDER_EVALUATION) {
            return;
        }
        review.declare(EXPERT, id, false, "No conflict of interest (demonstration).");
        review.evaluate(EXPERT, id, List.of("iii", "v"), "Demonstration assessment: the file needs more on authenticity and management.",
                outcome == null ? Outcome.REFER : outcome);
        committee.schedule(SECRETARIAT, id, session);
        if (stage == Stage.SCHEDULED) {
            return;
        }
        committee.decide(SECRETARIAT, id, version(id), outcome, new LocalizedText(
                "قرار تجريبي: تُعاد الملفات إلى الدولة الطرف مع ملاحظات اللجنة.",
                "Demonstration decision: the file goes back to the State Party with the Committee's observations.",
                "Décision de démonstration : le dossier retourne à l’État partie avec les observations du Comité."));
    }

    private long version(NominationFileId id) {
        return desk.open(FOCAL, id).file().version();
    }

    /** Every field of a section, in the three languages where it takes them, saying it is a demonstration. */
    private static Map<String, String> demoValues(DossierForm.Section section, LocalizedText name) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DossierForm.Field field : section.fields()) {
            String key = section.key() + "." + field.key();
            switch (field.type()) {
                case TEXT3 -> {
                    values.put(key + ".ar", "نص تجريبي عن " + name.getAr() + " لأغراض العرض.");
                    values.put(key + ".en", "Demonstration text about " + name.getEn() + ".");
                    values.put(key + ".fr", "Texte de démonstration sur " + name.getFr() + ".");
                }
                case TEXT -> values.put(key, "Demonstration");
                case CHOICES -> values.put(key, String.join(",", field.choices().subList(0, Math.min(2, field.choices().size()))));
                case DATE -> values.put(key, LocalDate.now(ZoneOffset.UTC).minusMonths(3).toString());
            }
        }
        return values;
    }

    /** A small drawn map (a boundary on sand), standing for the file's official map. */
    private static byte[] map() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xf3efe4));
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(new Color(0x0b5d52));
        graphics.drawPolygon(new int[]{60, 250, 270, 90}, new int[]{40, 30, 160, 170}, 4);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
