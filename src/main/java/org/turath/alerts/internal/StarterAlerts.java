package org.turath.alerts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.alerts.AlertEvent;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.alerts.domain.ObjectAlerts;
import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo's alerts (profile {@code demo}, on a first start): three alerts marked as demonstration data, so the pages,
 * the feed, the API and "check an object" have something to show. They name no museum, carry no police or INTERPOL
 * reference and no photograph: no real institution is said to have lost anything, and nothing could be mistaken for a
 * real report.
 */
@Component
@Profile("demo")
@Order(55)
class StarterAlerts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StarterAlerts.class);
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());
    // one line for the three languages: the reporting institution is a name, kept in one field
    private static final String REPORTER = "بيانات للعرض · Demonstration data · Données de démonstration";

    private final AlertDesk desk;
    private final ObjectAlerts alerts;

    StarterAlerts(AlertDesk desk, ObjectAlerts alerts) {
        this.desk = desk;
        this.alerts = alerts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || alerts.count() > 0) {
            return;
        }
        List<ObjectAlert.Details> demo = List.of(
                details(AlertEvent.STOLEN, LocalDate.of(2025, 3, 14), "IQ",
                        new LocalizedText("الموصل", "Mosul", "Mossoul"),
                        new LocalizedText("مخطوط", "Manuscript", "Manuscrit"),
                        new LocalizedText("مصحف مذهّب (للعرض)", "Illuminated Qur'an (demonstration)", "Coran enluminé (démonstration)"),
                        new LocalizedText("ورق، حبر، ذهب، جلد", "Paper, ink, gold, leather binding", "Papier, encre, or, reliure de cuir"),
                        new LocalizedText("القرن الثامن الهجري", "14th century", "XIVe siècle"),
                        new LocalizedText("مصحف بخط النسخ في مجلد واحد، صفحتا البداية مذهبتان، وعلى الغلاف ختم مكتبة.",
                                "A Qur'an in naskh script in one volume, its two opening pages illuminated in gold and blue, a library seal on the binding.",
                                "Un Coran en écriture naskhi en un volume, les deux pages d'ouverture enluminées d'or et de bleu, un cachet de bibliothèque sur la reliure."),
                        "وقف على جامع", new BigDecimal("27"), new BigDecimal("19")),
                details(AlertEvent.LOOTED, LocalDate.of(2024, 11, 2), "SY",
                        new LocalizedText("موقع أثري قرب تدمر", "An archaeological site near Palmyra", "Un site archéologique près de Palmyre"),
                        new LocalizedText("نحت جنائزي", "Funerary relief", "Relief funéraire"),
                        new LocalizedText("نحت جنائزي لامرأة (للعرض)", "Funerary bust of a woman (demonstration)", "Buste funéraire de femme (démonstration)"),
                        new LocalizedText("حجر جيري", "Limestone", "Calcaire"),
                        new LocalizedText("القرن الثاني الميلادي", "2nd century CE", "IIe siècle de notre ère"),
                        new LocalizedText("نحت نصفي لامرأة تضع حليًا، وإلى جانب رأسها نقش تدمري قصير.",
                                "A half-length relief of a woman wearing jewellery, a short Palmyrene inscription beside her head.",
                                "Un relief en buste d'une femme parée de bijoux, une courte inscription palmyrénienne près de sa tête."),
                        null, new BigDecimal("52"), new BigDecimal("41")),
                details(AlertEvent.MISSING, LocalDate.of(2025, 6, 30), "ML",
                        new LocalizedText("تمبكتو", "Timbuktu", "Tombouctou"),
                        new LocalizedText("مخطوط", "Manuscript", "Manuscrit"),
                        new LocalizedText("رسالة في علم الفلك (للعرض)", "Treatise on astronomy (demonstration)", "Traité d'astronomie (démonstration)"),
                        new LocalizedText("ورق، حبر، غلاف جلدي", "Paper, ink, leather wrapper", "Papier, encre, chemise de cuir"),
                        new LocalizedText("القرن السادس عشر", "16th century", "XVIe siècle"),
                        new LocalizedText("مخطوط بخط سوداني فيه جداول وأشكال فلكية، أوراقه غير مجلدة في غلاف جلدي.",
                                "A manuscript in Sudani script with astronomical tables and diagrams, its leaves unbound in a leather wrapper.",
                                "Un manuscrit en écriture soudanaise avec des tables et des figures astronomiques, ses feuillets non reliés dans une chemise de cuir."),
                        null, new BigDecimal("23"), new BigDecimal("16")));
        Instant published = Instant.parse("2025-07-01T09:00:00Z");
        for (ObjectAlert.Details details : demo) {
            desk.createPublished(SECRETARIAT, details, published);
            published = published.plusSeconds(86_400);
        }
        log.info("Starter alerts: {} demonstration alerts loaded", alerts.count());
    }

    private static ObjectAlert.Details details(AlertEvent event, LocalDate day, String state, LocalizedText place, LocalizedText type,
                                               LocalizedText title, LocalizedText materials, LocalizedText period,
                                               LocalizedText description, String inscription, BigDecimal height, BigDecimal width) {
        return new ObjectAlert.Details(event, day, place, state, null, REPORTER, type, title, materials, period, LocalizedText.empty(),
                description, inscription, height, width, null, null, null, true);
    }
}
