package org.turath.search.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.collections.ObjectChanged;
import org.turath.shared.LocalizedText;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Museums' objects for the search benchmark: their search documents, written as the collections write them (through
 * {@link ObjectDocuments}, from the event a published object sends), with titles, types, materials, museums,
 * descriptions and Arabic inscriptions recombined from a small vocabulary in the three languages. The documents are
 * written without indexing each one (the mass indexer indexes them with the rest).
 */
@Component
class SyntheticObjects {

    private static final String[][] TYPES = {{"إبريق", "Ewer", "Aiguière"}, {"صحن", "Bowl", "Coupe"}, {"أسطرلاب", "Astrolabe", "Astrolabe"},
            {"مخطوط", "Manuscript", "Manuscrit"}, {"بلاطة", "Tile", "Carreau"}, {"مسكوكة", "Coin", "Monnaie"},
            {"مشكاة", "Mosque lamp", "Lampe de mosquée"}, {"سجادة", "Carpet", "Tapis"}, {"مبخرة", "Incense burner", "Brûle-parfum"},
            {"خنجر", "Dagger", "Poignard"}};
    private static final String[][] MATERIALS = {{"برونز مصبوب", "Cast bronze", "Bronze coulé"}, {"خزف ذو بريق معدني", "Lustreware", "Céramique lustrée"},
            {"نحاس أصفر محفور", "Engraved brass", "Laiton gravé"}, {"رق وحبر وذهب", "Parchment, ink and gold", "Parchemin, encre et or"},
            {"زجاج مموّه بالمينا", "Enamelled glass", "Verre émaillé"}, {"صوف معقود", "Knotted wool", "Laine nouée"},
            {"فضة", "Silver", "Argent"}};
    private static final String[][] PLACES = {{"القاهرة", "Cairo", "Le Caire"}, {"دمشق", "Damascus", "Damas"}, {"بغداد", "Baghdad", "Bagdad"},
            {"أصفهان", "Isfahan", "Ispahan"}, {"سمرقند", "Samarkand", "Samarcande"}, {"قرطبة", "Cordoba", "Cordoue"},
            {"فاس", "Fez", "Fès"}, {"القيروان", "Kairouan", "Kairouan"}, {"إسطنبول", "Istanbul", "Istanbul"}};
    private static final String[] INSCRIPTIONS = {"بسم الله الرحمن الرحيم", "العز الدائم والإقبال", "بركة كاملة ونعمة شاملة",
            "عمل أحمد بن محمد", "الملك لله", "اليمن والبركة"};
    private static final String[] STATES = {"EG", "SY", "IQ", "IR", "UZ", "MA", "TN", "TR", "QA", "JO"};
    private static final int PAGE = 1000;

    private final ObjectDocuments documents;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    SyntheticObjects(ObjectDocuments documents, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Writes {@code count} objects' search documents, the same ones for the same {@code seed}. */
    void generate(int count, long seed) {
        Random random = new Random(seed);
        for (int start = 0; start < count; start += PAGE) {
            int first = start;
            int last = Math.min(count, start + PAGE);
            transactions.executeWithoutResult(status -> {
                Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(SearchDocument.class));
                for (int i = first; i < last; i++) {
                    documents.on(object(i, random));
                }
                entityManager.flush();
                entityManager.clear();
            });
        }
    }

    private static ObjectChanged object(int number, Random random) {
        String[] type = TYPES[random.nextInt(TYPES.length)];
        String[] material = MATERIALS[random.nextInt(MATERIALS.length)];
        String[] place = PLACES[random.nextInt(PLACES.length)];
        int century = 8 + random.nextInt(12);
        LocalizedText title = new LocalizedText(type[0] + " من " + place[0] + " " + number, type[1] + " from " + place[1] + " " + number,
                type[2] + " de " + place[2] + " " + number);
        LocalizedText description = new LocalizedText(
                type[0] + " من " + material[0] + "، صُنع في " + place[0] + " في القرن " + century + " للميلاد.",
                "A " + type[1].toLowerCase() + " of " + material[1].toLowerCase() + ", made in " + place[1] + " in the " + century + "th century.",
                "Un objet (" + type[2].toLowerCase() + ") en " + material[2].toLowerCase() + ", fait à " + place[2] + " au " + century + "e siècle.");
        LocalizedText museum = new LocalizedText("متحف " + place[0], "Museum of " + place[1], "Musée de " + place[2]);
        return new ObjectChanged(new UUID(42L, number), "synthetic-object-" + number, true, title,
                new LocalizedText(type[0], type[1], type[2]), new LocalizedText(material[0], material[1], material[2]), description,
                INSCRIPTIONS[random.nextInt(INSCRIPTIONS.length)], museum, STATES[random.nextInt(STATES.length)],
                century * 100 - 100 + random.nextInt(100), Set.of());
    }

    static List<String> objectTypes() {
        return List.of(TYPES[0][1], TYPES[2][1]);
    }
}
