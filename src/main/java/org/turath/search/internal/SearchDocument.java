package org.turath.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.turath.shared.Language;
import org.turath.shared.NameCollator;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One searchable document: a heritage item today, other kinds of content later (the {@code type}
 * facet). The row is the module's own copy; Hibernate Search keeps the index in step with it.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = SearchDocument.INDEX)
@GeoPointBinding(fieldName = SearchFieldNames.LOCATION, sortable = Sortable.YES, projectable = Projectable.YES)
public class SearchDocument {

    static final String INDEX = "content";

    @Id
    @DocumentId
    private String id;

    @KeywordField(name = SearchFieldNames.TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;

    @KeywordField(name = SearchFieldNames.REFERENCE, projectable = Projectable.YES, sortable = Sortable.YES)
    private String reference;

    @FullTextField(name = SearchFieldNames.NAME_AR, analyzer = Analyzers.ARABIC, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @Column(name = "name_ar")
    private String nameAr;
    @FullTextField(name = SearchFieldNames.NAME_EN, analyzer = Analyzers.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @Column(name = "name_en")
    private String nameEn;
    @FullTextField(name = SearchFieldNames.NAME_FR, analyzer = Analyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @Column(name = "name_fr")
    private String nameFr;

    @FullTextField(name = SearchFieldNames.TEXT_AR, analyzer = Analyzers.ARABIC, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @Column(name = "text_ar")
    private String textAr;
    @FullTextField(name = SearchFieldNames.TEXT_EN, analyzer = Analyzers.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @Column(name = "text_en")
    private String textEn;
    @FullTextField(name = SearchFieldNames.TEXT_FR, analyzer = Analyzers.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.PLAIN)
    @Column(name = "text_fr")
    private String textFr;

    @KeywordField(name = SearchFieldNames.KIND, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String kind;
    @KeywordField(name = SearchFieldNames.STATUS, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String status;
    @GenericField(name = SearchFieldNames.IN_DANGER, aggregable = Aggregable.YES)
    @Column(name = "in_danger")
    private boolean inDanger;
    @GenericField(name = SearchFieldNames.YEAR, sortable = Sortable.YES, projectable = Projectable.YES, indexNullAs = "0")
    @Column(name = "inscription_year")
    private Integer inscriptionYear;

    @Column(name = "states")
    private String statesText;
    @Column(name = "regions")
    private String regionsText;
    @Column(name = "criteria")
    private String criteriaText;

    @Latitude
    private Double latitude;
    @Longitude
    private Double longitude;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SearchDocument() {
    }

    SearchDocument(String id) {
        this.id = id;
    }

    /** Replaces the content; says whether anything differed. */
    boolean fill(String type, String reference, String[] names, String[] texts, String kind, String status, boolean inDanger,
                 Integer inscriptionYear, List<String> states, List<String> regions, List<String> criteria, Double latitude,
                 Double longitude, Instant updatedAt) {
        String newStates = String.join(" ", states);
        String newRegions = String.join(" ", regions);
        String newCriteria = String.join(" ", criteria);
        boolean changed = !Objects.equals(this.type, type) || !Objects.equals(this.reference, reference)
                || !Objects.equals(nameAr, names[0]) || !Objects.equals(nameEn, names[1]) || !Objects.equals(nameFr, names[2])
                || !Objects.equals(textAr, texts[0]) || !Objects.equals(textEn, texts[1]) || !Objects.equals(textFr, texts[2])
                || !Objects.equals(this.kind, kind) || !Objects.equals(this.status, status) || this.inDanger != inDanger
                || !Objects.equals(this.inscriptionYear, inscriptionYear) || !newStates.equals(statesText)
                || !newRegions.equals(regionsText) || !newCriteria.equals(criteriaText)
                || !Objects.equals(this.latitude, latitude) || !Objects.equals(this.longitude, longitude);
        if (!changed) {
            return false;
        }
        this.type = type;
        this.reference = reference;
        this.nameAr = names[0];
        this.nameEn = names[1];
        this.nameFr = names[2];
        this.textAr = texts[0];
        this.textEn = texts[1];
        this.textFr = texts[2];
        this.kind = kind;
        this.status = status;
        this.inDanger = inDanger;
        this.inscriptionYear = inscriptionYear;
        this.statesText = newStates;
        this.regionsText = newRegions;
        this.criteriaText = newCriteria;
        this.latitude = latitude;
        this.longitude = longitude;
        this.updatedAt = updatedAt;
        return true;
    }

    @KeywordField(name = SearchFieldNames.STATE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "statesText")))
    public List<String> getStates() {
        return split(statesText);
    }

    @KeywordField(name = SearchFieldNames.REGION, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regionsText")))
    public List<String> getRegions() {
        return split(regionsText);
    }

    @KeywordField(name = SearchFieldNames.CRITERION, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "criteriaText")))
    public List<String> getCriteria() {
        return split(criteriaText);
    }

    @GenericField(name = SearchFieldNames.DECADE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "inscriptionYear")))
    public Integer getDecade() {
        return inscriptionYear == null ? null : inscriptionYear / 10 * 10;
    }

    /** All names, folded (case, accents, Arabic letter variants): a name typed in any language or script variant. */
    @FullTextField(name = SearchFieldNames.NAMES, analyzer = Analyzers.FOLDED)
    @FullTextField(name = SearchFieldNames.SUGGEST, analyzer = Analyzers.AUTOCOMPLETE, searchAnalyzer = Analyzers.AUTOCOMPLETE_QUERY)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW,
            derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "nameAr")), @ObjectPath(@PropertyValue(propertyName = "nameEn")),
                    @ObjectPath(@PropertyValue(propertyName = "nameFr"))})
    public String getAllNames() {
        return Stream.of(nameAr, nameEn, nameFr).filter(Objects::nonNull).collect(Collectors.joining(" \n "));
    }

    @KeywordField(name = SearchFieldNames.SORT_AR, sortable = Sortable.YES, searchable = Searchable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "nameAr")), @ObjectPath(@PropertyValue(propertyName = "nameEn")),
            @ObjectPath(@PropertyValue(propertyName = "nameFr"))})
    public String getSortAr() {
        return sortKey(Language.AR);
    }

    @KeywordField(name = SearchFieldNames.SORT_EN, sortable = Sortable.YES, searchable = Searchable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "nameAr")), @ObjectPath(@PropertyValue(propertyName = "nameEn")),
            @ObjectPath(@PropertyValue(propertyName = "nameFr"))})
    public String getSortEn() {
        return sortKey(Language.EN);
    }

    @KeywordField(name = SearchFieldNames.SORT_FR, sortable = Sortable.YES, searchable = Searchable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "nameAr")), @ObjectPath(@PropertyValue(propertyName = "nameEn")),
            @ObjectPath(@PropertyValue(propertyName = "nameFr"))})
    public String getSortFr() {
        return sortKey(Language.FR);
    }

    private String sortKey(Language language) {
        for (Language candidate : language.fallbackOrder()) {
            String name = switch (candidate) {
                case AR -> nameAr;
                case EN -> nameEn;
                case FR -> nameFr;
            };
            if (name != null) {
                // the id keeps keys unique, so "after this key" is a complete cursor
                return NameCollator.sortKey(name, language) + " " + id;
            }
        }
        return " " + id;
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }

    public String id() {
        return id;
    }
}
