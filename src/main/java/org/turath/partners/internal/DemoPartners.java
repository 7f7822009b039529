package org.turath.partners.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.partners.AgreementKind;
import org.turath.partners.PartnerKind;
import org.turath.partners.Renewal;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.Partner;
import org.turath.partners.domain.Partners;
import org.turath.partners.domain.Party;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's partners and agreements (profile {@code demo}, on a first start): those the centre's report on
 * partnerships to the Committee names, with only what it says — the year of signature where it gives one, no day it
 * does not give, no term it does not give, and no amounts.
 */
@Component
@Profile("demo")
@Order(46)
class DemoPartners implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());
    private static final String REPORT = "ICESCO, report on partnerships to the Islamic World Heritage Committee";

    private final PartnerDesk desk;
    private final Partners partners;

    DemoPartners(PartnerDesk desk, Partners partners) {
        this.desk = desk;
        this.partners = partners;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || partners.count() > 0) {
            return;
        }
        Partner icesco = partner("icesco", "ICESCO", PartnerKind.INTERNATIONAL, "MA", "https://icesco.org",
                "منظمة العالم الإسلامي للتربية والعلوم والثقافة", "Islamic World Educational, Scientific and Cultural Organization",
                "Organisation du monde islamique pour l’éducation, les sciences et la culture");
        Partner arcwh = partner("arc-wh", "ARC-WH", PartnerKind.INTERNATIONAL, "BH", "https://arcwh.org",
                "المركز الإقليمي العربي للتراث العالمي", "Arab Regional Centre for World Heritage",
                "Centre régional arabe pour le patrimoine mondial");
        Partner iccrom = partner("iccrom", "ICCROM", PartnerKind.INTERNATIONAL, "IT", "https://www.iccrom.org",
                "المركز الدولي لدراسة صون وترميم الممتلكات الثقافية",
                "International Centre for the Study of the Preservation and Restoration of Cultural Property",
                "Centre international d’études pour la conservation et la restauration des biens culturels");
        Partner turkic = partner("organization-of-turkic-states", "OTS", PartnerKind.INTERNATIONAL, "TR", "https://www.turkicstates.org",
                "منظمة الدول التركية", "Organization of Turkic States", "Organisation des États turciques");
        Partner ainShams = partner("ain-shams-university", null, PartnerKind.UNIVERSITY, "EG", "https://www.asu.edu.eg",
                "جامعة عين شمس", "Ain Shams University", "Université Ain Shams");
        Partner marburg = partner("philipps-universitat-marburg", null, PartnerKind.UNIVERSITY, "DE", "https://www.uni-marburg.de",
                "جامعة فيليبس ماربورغ", "Philipps-Universität Marburg", "Université Philipps de Marbourg");
        Partner saudi = partner("kingdom-of-saudi-arabia", null, PartnerKind.GOVERNMENT, "SA", null,
                "المملكة العربية السعودية", "Kingdom of Saudi Arabia", "Royaume d’Arabie saoudite");

        memorandum(icesco, arcwh, "مذكرة تفاهم مع المركز الإقليمي العربي للتراث العالمي",
                "Memorandum of understanding with the Arab Regional Centre for World Heritage",
                "Mémorandum d’entente avec le Centre régional arabe pour le patrimoine mondial");
        memorandum(icesco, iccrom, "مذكرة تفاهم مع إيكروم", "Memorandum of understanding with ICCROM",
                "Mémorandum d’entente avec l’ICCROM");
        memorandum(icesco, turkic, "مذكرة تفاهم مع منظمة الدول التركية", "Memorandum of understanding with the Organization of Turkic States",
                "Mémorandum d’entente avec l’Organisation des États turciques");
        agreement(AgreementKind.PROGRAMME, List.of(icesco, ainShams, marburg), 2022,
                new LocalizedText("برنامج ماجستير في صون التراث ورقمنته", "Master’s programme in heritage preservation and digitisation",
                        "Programme de master en préservation et numérisation du patrimoine"));
        agreement(AgreementKind.PROJECT, List.of(icesco, saudi), 2024,
                new LocalizedText("مشروع طرق الحج والمساجد التاريخية", "Hajj routes and historical mosques project",
                        "Projet des routes du Hajj et des mosquées historiques"));
        log.info("Demo partners and agreements created (as the centre's report names them; no amounts)");
    }

    private Partner partner(String slug, String acronym, PartnerKind kind, String country, String website, String ar, String en,
                            String fr) {
        return desk.createPartner(SECRETARIAT, Optional.empty(), new Partner.Details(slug, new LocalizedText(ar, en, fr), acronym, kind,
                country, website, LocalizedText.empty(), null));
    }

    /** A memorandum the report names without a date: concluded, its signature date left for the secretariat to record. */
    private void memorandum(Partner icesco, Partner other, String ar, String en, String fr) {
        desk.create(SECRETARIAT, Optional.empty(), new Agreement.Details(AgreementKind.MEMORANDUM, new LocalizedText(ar, en, fr),
                LocalizedText.empty(), true, null, Agreement.Precision.DAY, null, Renewal.NONE, null, null, false,
                List.of(new Party(icesco.id().value(), null, null), new Party(other.id().value(), null, null)), List.of(),
                REPORT + " (no date of signature given)", SECRETARIAT.email()));
    }

    private void agreement(AgreementKind kind, List<Partner> parties, int year, LocalizedText title) {
        desk.create(SECRETARIAT, Optional.empty(), new Agreement.Details(kind, title, LocalizedText.empty(), true,
                LocalDate.of(year, 1, 1), Agreement.Precision.YEAR, null, Renewal.DECISION, null, null, false,
                parties.stream().map(p -> new Party(p.id().value(), null, null)).toList(), List.of(),
                REPORT + " (year of signature; no term given)",
                SECRETARIAT.email()));
    }
}
