package org.turath.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linked data in schema.org terms, as pages embed it ({@code <script type="application/ld+json">}, the model
 * attribute {@value #MODEL}) and as content negotiation answers it: absolute addresses at the public URL, texts as
 * values tagged with their language, the centre as publisher. Each module describes its own records with it.
 */
@Component
public class LinkedData {

    /** The model attribute the layout writes into the page's head. */
    public static final String MODEL = "linkedData";
    public static final String MEDIA_TYPE = "application/ld+json";

    private final String publicUrl;
    private final JsonMapper json;
    private final MessageSource messages;

    LinkedData(@Value("${turath.public-url}") String publicUrl, JsonMapper json, MessageSource messages) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.json = json;
        this.messages = messages;
    }

    /** A new description of one thing: {@code @context} schema.org, its type(s) and its {@code @id}. */
    public Map<String, Object> thing(Object type, String idPath) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@context", "https://schema.org");
        thing.put("@type", type);
        if (idPath != null) {
            thing.put("@id", absolute(idPath));
        }
        return thing;
    }

    /**
     * A page that lists things (the List, a search's results, the map): its type ({@code CollectionPage},
     * {@code SearchResultsPage}), its address, its name in the page's language (the message {@code nameKey}), and as its
     * main entity the list of what this page shows, in order — each an address and a name — with how many there are in
     * all when that is known ({@code total}, or null).
     */
    public Map<String, Object> listing(String type, String path, Language language, String nameKey, Object[] nameArguments, Long total,
                                       List<Map.Entry<String, LocalizedText>> items) {
        Map<String, Object> page = thing(type, path);
        page.put("name", Map.of("@value", messages.getMessage(nameKey, nameArguments, language.locale()), "@language", language.tag()));
        page.put("url", absolute(path));
        page.put("inLanguage", language.tag());
        page.put("isPartOf", Map.of("@id", absolute("/#website")));
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Map.Entry<String, LocalizedText> item : items) {
            Map<String, Object> element = new LinkedHashMap<>();
            element.put("@type", "ListItem");
            element.put("position", elements.size() + 1);
            element.put("url", absolute(item.getKey()));
            element.put("name", texts(item.getValue()));
            elements.add(element);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@type", "ItemList");
        list.put("numberOfItems", total);
        list.put("itemListElement", elements);
        page.put("mainEntity", list);
        page.put("publisher", publisher());
        return page;
    }

    public String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : publicUrl + path;
    }

    /** The page's address in every language, the one read first. */
    public List<String> pages(String pathWithoutLanguage) {
        List<String> pages = new ArrayList<>();
        for (Language language : Language.values()) {
            pages.add(absolute("/" + language.tag() + pathWithoutLanguage));
        }
        return pages;
    }

    /** The text's values in each language it has, tagged ({@code {"@value": …, "@language": "ar"}}); null when empty. */
    public static List<Map<String, String>> texts(LocalizedText text) {
        if (text == null) {
            return null;
        }
        List<Map<String, String>> values = new ArrayList<>();
        for (Language language : Language.values()) {
            Optional<String> value = text.in(language);
            value.filter(v -> !v.isBlank()).ifPresent(v -> values.add(Map.of("@value", v, "@language", language.tag())));
        }
        return values.isEmpty() ? null : values;
    }

    /** The centre that publishes the portal, as an organisation with its names in the three languages. */
    public Map<String, Object> publisher() {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "Organization");
        organisation.put("@id", absolute("/#publisher"));
        organisation.put("name", texts(new LocalizedText(siteName(Language.AR), siteName(Language.EN), siteName(Language.FR))));
        organisation.put("url", absolute("/"));
        organisation.put("logo", absolute("/img/turath-card.png"));
        return organisation;
    }

    /** The description as a JSON document (for an answer to {@code Accept: application/ld+json}). */
    public String document(Map<String, Object> description) {
        return json.writeValueAsString(withoutNulls(description));
    }

    /** The description as the answer to a client that asked for JSON-LD: the media type, and {@code Vary: Accept}. */
    public org.springframework.http.ResponseEntity<String> answer(Map<String, Object> description) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(MEDIA_TYPE))
                .varyBy(org.springframework.http.HttpHeaders.ACCEPT)
                .body(document(description));
    }

    /** Marks a page whose address also answers JSON-LD: caches keep the two answers apart. */
    public static void variesByAccept(jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(org.springframework.http.HttpHeaders.VARY, org.springframework.http.HttpHeaders.ACCEPT);
    }

    /** The description for a page's {@code <script>}: nothing in it can close the element or open a comment. */
    public org.turath.shared.Html script(Map<String, Object> description) {
        return org.turath.shared.Html.jsonData(document(description));
    }

    private String siteName(Language language) {
        return messages.getMessage("site.name." + language.tag(), null, "Turath", language.locale());
    }

    @SuppressWarnings("unchecked")
    private static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> kept = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                if (item != null) {
                    kept.put((String) key, withoutNulls(item));
                }
            });
            return kept;
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(LinkedData::withoutNulls).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Map<String, Object> description) {
        return (Map<String, Object>) withoutNulls((Object) description);
    }
}
