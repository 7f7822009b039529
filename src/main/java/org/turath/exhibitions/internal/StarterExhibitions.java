package org.turath.exhibitions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.turath.accounts.Actor;
import org.turath.accounts.Role;
import org.turath.exhibitions.ExhibitionKind;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.domain.ExhibitionPiece;
import org.turath.exhibitions.domain.ExhibitionSection;
import org.turath.exhibitions.domain.Exhibitions;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.shared.LocalizedText;
import org.turath.shared.Refusal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's exhibitions (profile {@code demo}, on a first start, after the objects): a virtual exhibition built from
 * the starter objects and heritage items of the List, and a travelling exhibition of caravan cities touring three
 * museums of the directory. Both are marked as demonstration data on every page: the centre did not curate them, the
 * museums named did not host them, and the dates (counted from the first start) are not real. What they show — the
 * objects, where they are kept, the sites — is as documented in the starter data.
 */
@Component
@Profile("demo")
@Order(60)
class StarterExhibitions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StarterExhibitions.class);
    private static final Actor SECRETARIAT = new Actor("secretariat@demo.turath.invalid", Set.of(Role.SECRETARIAT), Set.of());

    private final ExhibitionDesk desk;
    private final EventDesk events;
    private final Exhibitions exhibitions;
    private final RegistryApi registry;
    private final org.turath.museums.MuseumsApi museums;

    StarterExhibitions(ExhibitionDesk desk, EventDesk events, Exhibitions exhibitions, RegistryApi registry,
                       org.turath.museums.MuseumsApi museums) {
        this.desk = desk;
        this.events = events;
        this.museums = museums;
        this.exhibitions = exhibitions;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().isEmpty() || exhibitions.count() > 0) {
            return;
        }
        List<String> problems = new ArrayList<>();
        try {
            beginnings();
        } catch (Refusal | IllegalArgumentException e) {
            problems.add("beginnings: " + e.getMessage());
        }
        try {
            caravanCities(LocalDate.ofInstant(desk.now(), ZoneOffset.UTC));
        } catch (Refusal | IllegalArgumentException e) {
            problems.add("caravan cities: " + e.getMessage());
        }
        log.info("Starter exhibitions: {} loaded{}", exhibitions.count(), problems.isEmpty() ? "" : ", not loaded: " + problems);
    }

    private void beginnings() {
        Exhibition.Details details = new Exhibition.Details("beginnings-first-cities", ExhibitionKind.VIRTUAL, null,
                text("بدايات: الملك والكتابة في المدن الأولى", "Beginnings: kingship and writing in the first cities",
                        "Commencements : la royauté et l’écriture dans les premières villes"),
                text("""
                        بين نهري دجلة والفرات، وعلى ضفاف النيل ونهر السند، نشأت قبل خمسة آلاف عام أولى المدن. يجمع هذا المعرض الافتراضي قطعًا \
                        تحفظها متاحف الدول الأعضاء، والمواقع التي جاءت منها.""",
                        """
                        Between the Tigris and the Euphrates, on the Nile and on the Indus, the first cities rose some five thousand years \
                        ago. This virtual exhibition brings together objects kept in the museums of the member states and the sites they \
                        come from.""",
                        """
                        Entre le Tigre et l’Euphrate, sur le Nil et sur l’Indus, les premières villes sont nées il y a quelque cinq mille \
                        ans. Cette exposition virtuelle réunit des objets conservés dans les musées des États membres et les sites d’où \
                        ils viennent."""),
                false, "Objects and sites: the starter collections and the World Heritage List", true);
        List<ExhibitionSection.Draft> sections = new ArrayList<>();
        sections.add(new ExhibitionSection.Draft(text("أوروك، المدينة الأولى", "Uruk, the first city", "Uruk, la première ville"),
                text("في أوروك (الوركاء) جنوب العراق ظهرت في أواخر الألف الرابع قبل الميلاد المعابد الكبرى والكتابة الأولى.",
                        "At Uruk (Warka) in southern Iraq, the great temples and the first writing appeared in the late fourth millennium BCE.",
                        "À Uruk (Warka), dans le sud de l’Irak, les grands temples et la première écriture apparaissent à la fin du IVe millénaire av. J.-C."),
                pieces(object("warka-vase", text("إناء من المرمر يصوّر موكب القرابين إلى الإلهة إنانا.",
                                "An alabaster vessel showing a procession of offerings to the goddess Inanna.",
                                "Un vase d’albâtre montrant une procession d’offrandes à la déesse Inanna.")),
                        object("mask-of-warka", text("من أقدم تصوير منحوت لوجه إنسان.", "One of the earliest sculpted depictions of a human face.",
                                "L’une des plus anciennes représentations sculptées d’un visage humain.")),
                        heritage(1481, text("أوروك إحدى المدن الأثرية الثلاث في موقع الأهوار.",
                                "Uruk is one of the three archaeological cities of the Ahwar property.",
                                "Uruk est l’une des trois villes archéologiques du bien des Ahwar.")))));
        sections.add(new ExhibitionSection.Draft(text("وادي النيل موحَّدًا", "The Nile valley unified", "La vallée du Nil unifiée"),
                text("تصوّر صلاية نارمر ملكًا يلبس تاجي مصر العليا والسفلى.",
                        "The Narmer Palette shows a king wearing the crowns of Upper and of Lower Egypt.",
                        "La palette de Narmer montre un roi portant les couronnes de Haute et de Basse-Égypte."),
                pieces(object("narmer-palette", text("عُثر عليها في هيراكونبوليس (نخن).", "Found at Hierakonpolis (Nekhen).",
                                "Trouvée à Hiérakonpolis (Nekhen).")),
                        heritage(86, text("منف، عاصمة مصر الموحّدة الأولى.", "Memphis, the first capital of unified Egypt.",
                                "Memphis, première capitale de l’Égypte unifiée.")))));
        sections.add(new ExhibitionSection.Draft(text("مدن وادي السند", "The cities of the Indus", "Les villes de l’Indus"),
                text("موهينجو دارو مدينة مخطّطة بشوارع متعامدة وشبكة لتصريف المياه.",
                        "Moenjodaro is a planned city, with streets at right angles and drains.",
                        "Mohenjo-daro est une ville planifiée, aux rues à angle droit et munie d’égouts."),
                pieces(object("priest-king-mohenjo-daro", text("تمثال نصفي من الستياتيت عُثر عليه في موهينجو دارو.",
                                "A steatite bust found at Moenjodaro.", "Un buste de stéatite trouvé à Mohenjo-daro.")),
                        heritage(138, null))));
        desk.createPublished(SECRETARIAT, details, sections, List.of());
    }

    private void caravanCities(LocalDate today) {
        Exhibition.Details details = new Exhibition.Details("caravan-cities", ExhibitionKind.TRAVELLING, null,
                text("مدن القوافل", "Caravan cities", "Villes caravanières"),
                text("مدن نشأت على طرق التجارة عبر الصحارى، من البتراء وتدمر إلى بخارى وسمرقند وغدامس وتمبكتو.",
                        "Cities that grew on the trade routes across the deserts, from Petra and Palmyra to Bukhara, Samarkand, Ghadamès and Timbuktu.",
                        "Des villes nées sur les routes commerciales à travers les déserts, de Pétra et Palmyre à Boukhara, Samarcande, Ghadamès et Tombouctou."),
                false, "Sites: the World Heritage List", true);
        List<ExhibitionSection.Draft> sections = List.of(
                new ExhibitionSection.Draft(text("طرق البخور", "The incense roads", "Les routes de l’encens"),
                        text("كانت البتراء وتدمر محطتين للقوافل بين جنوب الجزيرة العربية والبحر المتوسط.",
                                "Petra and Palmyra were caravan stations between southern Arabia and the Mediterranean.",
                                "Pétra et Palmyre étaient des étapes caravanières entre l’Arabie du Sud et la Méditerranée."),
                        pieces(heritage(326, null), heritage(23, null))),
                new ExhibitionSection.Draft(text("طرق الحرير", "The silk roads", "Les routes de la soie"),
                        text("بخارى وسمرقند مدينتان على طرق الحرير في آسيا الوسطى.",
                                "Bukhara and Samarkand are cities of the silk roads in Central Asia.",
                                "Boukhara et Samarcande sont des villes des routes de la soie en Asie centrale."),
                        pieces(heritage(602, null), heritage(603, null))),
                new ExhibitionSection.Draft(text("عبر الصحراء الكبرى", "Across the Sahara", "À travers le Sahara"),
                        text("غدامس وتمبكتو محطتان على الطرق التي عبرت الصحراء الكبرى.",
                                "Ghadamès and Timbuktu were stations on the roads across the Sahara.",
                                "Ghadamès et Tombouctou étaient des étapes des routes transsahariennes."),
                        pieces(heritage(362, null), heritage(119, null))));
        List<ExhibitionDesk.StarterVenue> venues = List.of(
                new ExhibitionDesk.StarterVenue("jordan-museum", today.minusDays(60), today.plusDays(30)),
                new ExhibitionDesk.StarterVenue("state-museum-of-history-of-uzbekistan", today.plusDays(60), today.plusDays(150)),
                new ExhibitionDesk.StarterVenue("national-museum-of-mali", today.plusDays(180), today.plusDays(270)));
        Exhibition exhibition = desk.createPublished(SECRETARIAT, details, sections, venues);
        // a guided visit of it at its first venue, a week from the first start, at 17:00 Amman time
        museums.findByReference("jordan-museum").ifPresent(museum -> events.createPublished(SECRETARIAT, new org.turath.exhibitions.domain.MuseumEvent.Details(
                museum.id().value(), exhibition.id().value(), org.turath.exhibitions.MuseumEventKind.GUIDED_VISIT,
                text("زيارة مصحوبة: مدن القوافل", "Guided visit: Caravan cities", "Visite guidée : Villes caravanières"),
                text("جولة في المعرض مع أحد أمناء المتحف.", "A walk through the exhibition with one of the museum’s curators.",
                        "Un parcours de l’exposition avec l’un des conservateurs du musée."),
                today.plusDays(7).atTime(17, 0), today.plusDays(7).atTime(18, 30), java.time.ZoneId.of("Asia/Amman"), true)));
    }

    @SafeVarargs
    private static List<ExhibitionPiece.Draft> pieces(Optional<ExhibitionPiece.Draft>... pieces) {
        List<ExhibitionPiece.Draft> found = new ArrayList<>();
        for (Optional<ExhibitionPiece.Draft> piece : pieces) {
            piece.ifPresent(found::add);
        }
        return found;
    }

    private static Optional<ExhibitionPiece.Draft> object(String reference, LocalizedText caption) {
        return Optional.of(new ExhibitionPiece.Draft(ExhibitionPiece.Kind.OBJECT, reference, caption));
    }

    /** A heritage item by its UNESCO number, if the demo's List holds it. */
    private Optional<ExhibitionPiece.Draft> heritage(int unescoId, LocalizedText caption) {
        return registry.findByUnescoId(unescoId).map(HeritageDetail::reference)
                .map(reference -> new ExhibitionPiece.Draft(ExhibitionPiece.Kind.HERITAGE, reference,
                        caption == null ? LocalizedText.empty() : caption));
    }

    private static LocalizedText text(String ar, String en, String fr) {
        return new LocalizedText(ar, en, fr);
    }
}
