package org.turath.nominations.domain;

import org.turath.nominations.NominationKind;

import java.util.List;
import java.util.Optional;

/**
 * The nomination form: its sections and fields, for tangible and natural heritage and for the
 * amended form of intangible heritage. Each field has a length limit, as the paper forms have.
 */
public final class DossierForm {

    /** How a field is filled in. */
    public enum Type {
        /** Text in Arabic, English and French (at least one). */
        TEXT3,
        /** Text in one language (names of people, addresses, references). */
        TEXT,
        /** One or more codes from {@link Field#choices()}. */
        CHOICES,
        /** A date (yyyy-mm-dd). */
        DATE
    }

    public record Field(String key, Type type, int maxLength, boolean required, List<String> choices) {

        static Field text3(String key, int maxLength) {
            return new Field(key, Type.TEXT3, maxLength, true, List.of());
        }

        static Field optional3(String key, int maxLength) {
            return new Field(key, Type.TEXT3, maxLength, false, List.of());
        }

        static Field text(String key, int maxLength) {
            return new Field(key, Type.TEXT, maxLength, true, List.of());
        }

        static Field date(String key) {
            return new Field(key, Type.DATE, 10, true, List.of());
        }

        static Field choices(String key, List<String> choices) {
            return new Field(key, Type.CHOICES, 200, true, choices);
        }
    }

    public record Section(String key, List<Field> fields) {

        public Optional<Field> field(String fieldKey) {
            return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
        }
    }

    public static final List<String> CRITERIA = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    public static final List<String> DOMAINS = List.of("oral", "performing", "social", "nature", "craft", "other");

    private static final int SHORT = 300;
    private static final int PARAGRAPH = 3_000;
    private static final int LONG = 15_000;

    private static final List<Section> TANGIBLE = List.of(
            new Section("identification", List.of(Field.text3("location", SHORT), Field.text3("summary", PARAGRAPH))),
            new Section("description", List.of(Field.text3("description", LONG))),
            new Section("history", List.of(Field.text3("history", LONG))),
            new Section("justification", List.of(Field.choices("criteria", CRITERIA), Field.text3("statement", LONG),
                    Field.text3("integrity", PARAGRAPH), Field.text3("authenticity", PARAGRAPH),
                    Field.text3("comparison", LONG))),
            new Section("conservation", List.of(Field.text3("condition", LONG), Field.text3("factors", LONG))),
            new Section("protection", List.of(Field.text3("protection", LONG), Field.text3("management", LONG))),
            new Section("monitoring", List.of(Field.text3("indicators", PARAGRAPH))),
            new Section("documentation", List.of(Field.text3("documentation", PARAGRAPH))),
            new Section("authorities", List.of(Field.text("authority", SHORT), Field.text("address", SHORT),
                    Field.text("contact", SHORT))),
            new Section("signature", List.of(Field.text("signatory", SHORT), Field.text("title", SHORT), Field.date("signed"))));

    private static final List<Section> INTANGIBLE = List.of(
            new Section("identification", List.of(Field.optional3("otherNames", SHORT), Field.text3("summary", PARAGRAPH))),
            new Section("communities", List.of(Field.text3("communities", PARAGRAPH), Field.text3("location", SHORT))),
            new Section("description", List.of(Field.text3("description", LONG))),
            new Section("domains", List.of(Field.choices("domains", DOMAINS))),
            new Section("safeguarding", List.of(Field.text3("viability", PARAGRAPH), Field.text3("measures", LONG))),
            new Section("consent", List.of(Field.text3("participation", PARAGRAPH), Field.text3("consent", PARAGRAPH))),
            new Section("inventory", List.of(Field.text("inventory", SHORT), Field.text("inventoryReference", SHORT))),
            new Section("documentation", List.of(Field.text3("documentation", PARAGRAPH))),
            new Section("signature", List.of(Field.text("signatory", SHORT), Field.text("title", SHORT), Field.date("signed"))));

    private DossierForm() {
    }

    public static List<Section> sections(NominationKind kind) {
        return kind.intangible() ? INTANGIBLE : TANGIBLE;
    }

    public static Optional<Section> section(NominationKind kind, String key) {
        return sections(kind).stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
