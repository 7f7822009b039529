package org.turath.search.internal;

import org.turath.shared.Language;

/** Names of the index fields, shared by the mapping and the queries. */
public final class SearchFieldNames {

    public static final String TYPE = "type";
    public static final String REFERENCE = "reference";
    public static final String NAME_AR = "name_ar";
    public static final String NAME_EN = "name_en";
    public static final String NAME_FR = "name_fr";
    public static final String TEXT_AR = "text_ar";
    public static final String TEXT_EN = "text_en";
    public static final String TEXT_FR = "text_fr";
    public static final String NAMES = "names";
    public static final String SUGGEST = "suggest";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    public static final String IN_DANGER = "in_danger";
    public static final String YEAR = "year";
    public static final String DECADE = "decade";
    public static final String STATE = "state";
    public static final String REGION = "region";
    public static final String CRITERION = "criterion";
    public static final String LOCATION = "location";
    public static final String SORT_AR = "sort_ar";
    public static final String SORT_EN = "sort_en";
    public static final String SORT_FR = "sort_fr";

    private SearchFieldNames() {
    }

    public static String name(Language language) {
        return "name_" + language.tag();
    }

    public static String text(Language language) {
        return "text_" + language.tag();
    }

    public static String sort(Language language) {
        return "sort_" + language.tag();
    }
}
