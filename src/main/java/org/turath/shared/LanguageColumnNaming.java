package org.turath.shared;

import org.hibernate.boot.model.source.spi.AttributePath;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

import java.util.Arrays;

/**
 * The column convention for three-language text: an entity's {@link LocalizedText} or {@link RichText} field
 * {@code objectType} is kept in columns {@code object_type_ar}, {@code object_type_en} and {@code object_type_fr}.
 * So an entity declares the field and nothing else; an {@code @AttributeOverride} is needed only where a column
 * does not follow the convention. Everything else is named as Spring Boot names it.
 *
 * <p>Hibernate validates the mapping against the migrated schema at start-up, so a field whose columns do not
 * follow the convention stops the portal from starting rather than reading the wrong column.
 */
public class LanguageColumnNaming extends SpringImplicitNamingStrategy {

    @Override
    protected String transformAttributePath(AttributePath path) {
        AttributePath text = path.getParent();
        if (isLanguage(path.getProperty()) && text != null && isField(text.getProperty())) {
            return text.getProperty() + "_" + path.getProperty();
        }
        return super.transformAttributePath(path);
    }

    /** A component of a three-language text: named by a language's tag, as LocalizedText's and RichText's are. */
    private static boolean isLanguage(String property) {
        return Arrays.stream(Language.values()).anyMatch(language -> language.tag().equals(property));
    }

    /** A named field, not the root of the path nor the element of a collection of texts. */
    private static boolean isField(String property) {
        return property != null && !property.isEmpty() && Character.isJavaIdentifierStart(property.charAt(0))
                && property.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
